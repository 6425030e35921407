// The chat page: plain DOM, no framework. Every string from the API goes in as text, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
const messages = $("messages");
const form = $("ask-form");
const input = $("question");
const send = $("send");
let conversationId = null;
let nextTurn = 0; // the number the next answer of this conversation has (0: its first), for votes
let answerCount = 0;
let busy = false;
let keyPrompt = null;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function setConversation(id) {
  if (id !== conversationId) nextTurn = 0;
  conversationId = id;
  if (id) messages.dataset.conversationId = id;
  else delete messages.dataset.conversationId;
}

function add(node) {
  $("hint")?.remove();
  messages.append(node);
  reveal(node);
  return node;
}

// Scroll so that all of `node` shows between the sticky header and the sticky question bar
// (its top first, when it is taller than that space). scrollIntoView would leave it under the bar.
function reveal(node) {
  const top = document.querySelector(".bar").getBoundingClientRect().bottom + 8;
  const bottom = form.getBoundingClientRect().top - 8;
  const box = node.getBoundingClientRect();
  let by = box.bottom > bottom ? box.bottom - bottom : 0;
  if (box.top - by < top) by = box.top - top;
  if (by) window.scrollBy({ top: by, behavior: "instant" });
}

function headers() {
  const h = { "Content-Type": "application/json", Accept: "application/json" };
  const key = sessionStorage.getItem("qa-api-key");
  if (key) h.Authorization = `Bearer ${key}`;
  return h;
}

class ApiError extends Error {
  constructor(status, code, detail) {
    super(detail);
    this.status = status;
    this.code = code;
  }
}

// Call the API; on 401 ask for a key once and retry.
async function api(path, options = {}, retried = false) {
  let response;
  try {
    response = await fetch(path, { ...options, headers: headers() });
  } catch {
    throw new ApiError(0, "network", "The server could not be reached. Is it running?");
  }
  if (response.status === 401 && !retried && (await askForKey())) return api(path, options, true);
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    // FastAPI's validation messages name the field as "body.question"; people know it as "question".
    const detail = body && typeof body.detail === "string"
      ? body.detail.replace(/^body\./, "")
      : `The server answered ${response.status}.`;
    throw new ApiError(response.status, body?.error ?? "http_error", detail);
  }
  return body;
}

// Ask for the API key; requests that get 401 at the same time share one prompt.
function askForKey() {
  if (keyPrompt) return keyPrompt;
  const dialog = $("api-key-dialog");
  keyPrompt = new Promise((resolve) => {
    const done = () => {
      keyPrompt = null;
      const key = $("api-key").value.trim();
      if (dialog.returnValue === "ok" && key) sessionStorage.setItem("qa-api-key", key);
      resolve(dialog.returnValue === "ok" && Boolean(key));
    };
    dialog.addEventListener("close", done, { once: true });
    dialog.returnValue = "";
    dialog.showModal();
  });
  return keyPrompt;
}
$("api-key-cancel").addEventListener("click", () => $("api-key-dialog").close("cancel"));

// The answer text with each [n] as a button that shows source n.
function answerText(text, sourceFor) {
  const p = el("p", { class: "text" });
  let last = 0;
  for (const match of text.matchAll(/\[(\d+)\]/g)) {
    p.append(text.slice(last, match.index));
    const n = Number(match[1]);
    const source = sourceFor(n);
    if (source) {
      const button = el("button", {
        type: "button", class: "cite", "aria-expanded": "false", "aria-controls": source.id,
        "aria-label": `Show source ${n}`, dataset: { testid: `cite-${n}` },
      }, String(n));
      button.addEventListener("click", () => toggleSource(button, source));
      p.append(button);
    } else {
      p.append(match[0]);
    }
    last = match.index + match[0].length;
  }
  p.append(text.slice(last));
  return p;
}

function toggleSource(button, source) {
  const show = source.hidden;
  source.hidden = !show;
  for (const other of document.querySelectorAll(`[aria-controls="${source.id}"]`)) other.setAttribute("aria-expanded", String(show));
  if (show) {
    source.classList.add("flash");
    setTimeout(() => source.classList.remove("flash"), 900);
    source.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }
}

// Where a quote is: "install.md › Extras, lines 40–41" (as Citation.where() says it).
function where(c) {
  const place = [c.file, ...(c.heading || [])].filter(Boolean).join(" › ");
  let at = "";
  if (c.page != null) at = `page ${c.page}`;
  else if (c.line != null && c.end_line != null && c.end_line > c.line) at = `lines ${c.line}–${c.end_line}`;
  else if (c.line != null) at = `line ${c.line}`;
  return [place, at].filter(Boolean).join(", ");
}

function renderAnswer(answer, turn) {
  answerCount += 1;
  const li = el("li", { class: `msg bot${answer.abstained ? " abstained" : ""}`, dataset: { testid: "answer" } });
  const sources = el("ul", { class: "sources", "aria-label": "Sources" });
  const byNumber = new Map();
  for (const c of answer.citations) {
    const source = el("li", { class: "source", id: `source-${answerCount}-${c.n}`, hidden: "", dataset: { testid: `source-${c.n}` } },
      el("span", { class: "title" }, `[${c.n}] ${c.title || c.doc_id}`),
      el("blockquote", { dataset: { testid: "quote" } }, `“${c.text}”`),
      el("button", { type: "button", class: "open-doc", dataset: { testid: "open-document" },
        onclick: () => openDocument(c.doc_id, c.text) }, "Open the document"),
      el("span", { class: "meta", dataset: { testid: "where" } }, `  ·  ${where(c) || c.doc_id}  ·  score ${c.score.toFixed(2)}`),
    );
    byNumber.set(c.n, source);
    sources.append(source);
  }
  li.append(answerText(answer.answer, (n) => byNumber.get(n)));
  if (answer.citations.length) li.append(sources);
  li.append(el("div", { class: "meta" }, answer.abstained ? "Not in the corpus" : `confidence ${answer.confidence.toFixed(2)}`));
  if (answer.conversation_id && turn !== undefined) li.append(votes(answer.conversation_id, turn));
  return li;
}

// 👍 / 👎 under an answer; 👎 also opens a box for an optional comment. A second vote replaces the first.
function votes(conversation, turn) {
  const status = el("span", { class: "vote-status", role: "status", dataset: { testid: "vote-status" } });
  const up = el("button", { type: "button", class: "vote", "aria-pressed": "false", "aria-label": "Good answer",
    title: "Good answer", dataset: { testid: "vote-up" } }, "👍");
  const down = el("button", { type: "button", class: "vote", "aria-pressed": "false", "aria-label": "Bad answer",
    title: "Bad answer", dataset: { testid: "vote-down" } }, "👎");
  const comment = el("textarea", { rows: "2", maxlength: "1000", "aria-label": "What was wrong? (optional)",
    placeholder: "What was wrong? (optional)", dataset: { testid: "vote-comment" } });
  const why = el("form", { class: "vote-why", hidden: "", dataset: { testid: "vote-form" } }, comment,
    el("button", { type: "submit", class: "secondary", dataset: { testid: "vote-send" } }, "Send"));
  const bar = el("div", { class: "votes", dataset: { testid: "votes" } }, up, down, status, why);

  async function cast(vote, text = null) {
    status.textContent = "";
    try {
      await api("/v1/feedback", {
        method: "POST",
        body: JSON.stringify({ conversation_id: conversation, turn, vote, comment: text }),
      });
    } catch (error) {
      status.textContent = error.code === "conversation_not_found" || error.code === "turn_not_found"
        ? "This answer can no longer be rated." : `Your vote was not saved: ${error.message}`;
      return false;
    }
    up.setAttribute("aria-pressed", String(vote === "up"));
    down.setAttribute("aria-pressed", String(vote === "down"));
    status.textContent = "Thanks!";
    return true;
  }
  up.addEventListener("click", async () => {
    why.hidden = true;
    await cast("up");
  });
  down.addEventListener("click", async () => {
    if (await cast("down")) {
      why.hidden = false;
      comment.focus();
      reveal(bar);
    }
  });
  why.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (await cast("down", comment.value.trim() || null)) {
      why.hidden = true;
      status.textContent = "Thanks, noted.";
    }
  });
  return bar;
}

function renderError(message, heading = "Could not answer:") {
  const li = el("li", { class: "msg error", role: "alert", dataset: { testid: "error" } });
  if (heading) li.append(el("strong", {}, heading), " ");
  li.append(message);
  return li;
}

async function openDocument(docId, quote) {
  const dialog = $("document-dialog");
  $("document-title").textContent = "Loading…";
  $("document-meta").textContent = "";
  $("document-text").replaceChildren();
  dialog.showModal();
  try {
    const path = docId.split("/").map(encodeURIComponent).join("/");
    const doc = await api(`/v1/documents/${path}`);
    $("document-title").textContent = doc.title || doc.id;
    $("document-meta").textContent = [doc.outlet, doc.author, doc.date, doc.id].filter(Boolean).join(" · ");
    const text = $("document-text");
    const at = quote ? doc.text.indexOf(quote) : -1;
    if (at < 0) {
      text.append(doc.text);
    } else {
      const mark = el("mark", {}, quote);
      text.append(doc.text.slice(0, at), mark, doc.text.slice(at + quote.length));
      requestAnimationFrame(() => mark.scrollIntoView({ block: "center" }));
    }
  } catch (error) {
    $("document-title").textContent = "Could not open the document";
    $("document-text").append(error.message);
  }
}
$("document-close").addEventListener("click", () => $("document-dialog").close());
// A click on the backdrop (outside the dialog's box) closes it too.
$("document-dialog").addEventListener("click", (event) => {
  const box = event.currentTarget.getBoundingClientRect();
  const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
  if (event.target === event.currentTarget && !inside) event.currentTarget.close();
});

// One question at a time: a follow-up must carry the conversation id the previous answer returns.
async function ask(question) {
  if (busy) return;
  busy = true;
  add(el("li", { class: "msg you", dataset: { testid: "you" } }, question));
  const waiting = add(el("li", { class: "msg loading", dataset: { testid: "loading" } }, "Looking through the documents"));
  send.disabled = true;
  messages.setAttribute("aria-busy", "true");
  try {
    const answer = await api("/v1/ask", {
      method: "POST",
      body: JSON.stringify({ question, conversation_id: conversationId }),
    });
    setConversation(answer.conversation_id);
    const shown = renderAnswer(answer, answer.turn ?? nextTurn); // older servers do not say
    nextTurn = (answer.turn ?? nextTurn) + 1;
    waiting.replaceWith(shown);
    reveal(shown);
  } catch (error) {
    let message = error.message;
    if (error.code === "conversation_not_found") {
      setConversation(null);
      message = `${message.replace(/\.?$/, ".")} Your next question starts a new conversation.`;
    }
    waiting.replaceWith(renderError(message));
  } finally {
    busy = false;
    send.disabled = false;
    messages.removeAttribute("aria-busy");
    input.focus();
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (busy) return;
  const question = input.value.trim();
  if (!question) {
    add(renderError("Type a question first.", ""));
    return;
  }
  input.value = "";
  input.style.height = "";
  ask(question);
});

input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});
input.addEventListener("input", () => {
  input.style.height = "auto";
  input.style.height = `${input.scrollHeight}px`;
});

$("new-conversation").addEventListener("click", () => {
  setConversation(null);
  messages.replaceChildren();
  add(el("li", { class: "hint", id: "hint" }, "New conversation. Ask a question."));
  input.focus();
});

for (const example of document.querySelectorAll(".example")) {
  example.addEventListener("click", () => ask(example.textContent));
}
input.focus();
