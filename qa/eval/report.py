"""Self-contained HTML pages for `qa eval ... --report`: figures, a Recall@k curve (inline SVG), the worst questions.

No script, no external style sheet or font: the page opens the same offline, in a mail or a CI artifact.
"""

from __future__ import annotations

import math
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qa.eval.answers import AnswersReport
    from qa.eval.retrieval import RetrievalReport

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;color:#1d232b;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .2rem}h2{font-size:1.15rem;margin:2rem 0 .6rem;border-bottom:1px solid #d6dbe1;padding-bottom:.2rem}
.sub{color:#5b6672;margin:0 0 1.2rem}.cards{display:flex;flex-wrap:wrap;gap:.8rem}
.card{border:1px solid #d6dbe1;border-radius:8px;padding:.6rem 1rem;min-width:120px;background:#f7f9fb}
.card b{display:block;font-size:1.5rem}.card span{color:#5b6672;font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #e4e8ec;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f3f6}td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.hit{color:#11703b;font-weight:600}.miss{color:#a2271d}.doc{color:#5b6672;font-size:.82rem}
ol{margin:0;padding-left:1.2rem}code{font-size:.85rem;background:#f0f3f6;padding:0 .25rem;border-radius:3px}
svg text{font:12px system-ui,sans-serif;fill:#3b4550}
"""


def page(title: str, subtitle: str, body: str) -> str:
    """A complete HTML document with the inline style sheet."""
    return (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<meta name="viewport" content="width=device-width,initial-scale=1"><style>{CSS}</style></head>'
        f'<body><h1>{escape(title)}</h1><p class="sub">{escape(subtitle)}</p>{body}</body></html>\n'
    )


def cards(figures: dict[str, str]) -> str:
    """The headline figures as a row of cards."""
    return (
        '<div class="cards">'
        + "".join(f'<div class="card"><b>{escape(v)}</b><span>{escape(k)}</span></div>' for k, v in figures.items())
        + "</div>"
    )


def recall_curve(points: dict[int, float], label: str = "Recall@k", width: int = 640, height: int = 300) -> str:
    """An inline SVG line chart of recall against k, k on a log scale."""
    left, right, top, bottom = 48, 16, 16, 40
    ks = sorted(points)
    lo, hi = math.log10(ks[0]), math.log10(max(ks[-1], ks[0] * 10))

    def x(k: int) -> float:
        return left + (math.log10(k) - lo) / (hi - lo) * (width - left - right)

    def y(v: float) -> float:
        return top + (1 - v) * (height - top - bottom)

    grid = "".join(
        f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e4e8ec"/>'
        f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.1f}</text>'
        for v in (0, 0.2, 0.4, 0.6, 0.8, 1.0)
    )
    ticks = "".join(f'<text x="{x(k):.1f}" y="{height - bottom + 16}" text-anchor="middle">{k}</text>' for k in ks)
    line = " ".join(f"{x(k):.1f},{y(points[k]):.1f}" for k in ks)
    dots = "".join(
        f'<circle cx="{x(k):.1f}" cy="{y(points[k]):.1f}" r="3.5" fill="#1f6feb"><title>{label} k={k}: {points[k]:.4f}</title></circle>'
        for k in ks
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(label)} curve">{grid}{ticks}'
        f'<polyline points="{line}" fill="none" stroke="#1f6feb" stroke-width="2"/>{dots}'
        f'<text x="{(left + width - right) / 2}" y="{height - 6}" text-anchor="middle">k (log scale)</text>'
        f'<text x="12" y="{top + (height - top - bottom) / 2}" transform="rotate(-90 12 {top + (height - top - bottom) / 2})" '
        f'text-anchor="middle">{escape(label)}</text></svg>'
    )


def retrieval_page(report: RetrievalReport) -> str:
    """The page for a retrieval eval."""
    c = report.config
    figures = {name: f"{value:.4f}" for name, value in report.metrics.items()}
    figures |= {"queries": str(report.queries), "index seconds": f"{report.index_seconds:.2f}"}
    figures["queries / second"] = f"{report.queries_per_second:,.0f}"
    settings = (
        f"{c.backend}, k1={c.k1}, b={c.b}, title x{c.title_weight}, stemming {'on' if c.stem else 'off'}, "
        f"RM3 {'on' if c.rm3 else 'off'}"
        + (f" ({c.fb_docs} docs, {c.fb_terms} terms, original weight {c.original_weight})" if c.rm3 else "")
    )
    title = report.titles
    rows = []
    for q in report.worst:
        got = "".join(
            f'<li class="{"hit" if rel else ""}">{escape(title.get(d, d)[:110])} '
            f'<span class="doc">{escape(d)} · {s:.2f}</span></li>'
            for d, s, rel in q.retrieved
        )
        want = "".join(
            f'<li>{escape(title.get(d, d)[:110])} <span class="doc">{escape(d)}</span></li>' for d in q.relevant
        )
        rank = f"{q.first_relevant}" if q.first_relevant else '<span class="miss">not in run</span>'
        rows.append(
            f"<tr><td>{escape(q.id)}</td><td>{escape(q.text)}</td><td class=n>{q.ndcg_at_10:.3f}</td>"
            f"<td class=n>{rank}</td><td><ol>{want}</ol></td><td><ol>{got or '<li>nothing</li>'}</ol></td></tr>"
        )
    body = (
        cards(figures)
        + f"<h2>Recall@k</h2>{recall_curve({int(k): v for k, v in report.recall_curve.items()})}"
        + f"<h2>Worst {len(report.worst)} queries (by nDCG@10)</h2>"
        + "<table><tr><th>id</th><th>query</th><th>nDCG@10</th><th>first relevant</th>"
        + "<th>relevant documents</th><th>retrieved (top 5; green: relevant)</th></tr>"
        + "".join(rows)
        + f'</table><p class="sub">Settings: {escape(settings)}. Measures: trec_eval (pytrec_eval via ir-measures), '
        "averaged over every judged query.</p>"
    )
    return page(
        f"Retrieval: {report.dataset} {report.split}", f"{report.documents} documents, {report.queries} queries", body
    )


def answers_page(report: AnswersReport) -> str:
    """The page for a SQuAD answers eval."""
    figures = {
        "exact match": f"{report.exact_match:.1f}",
        "F1": f"{report.f1:.1f}",
        "answer-sentence accuracy": f"{report.sentence_accuracy:.1f}%",
        "questions": str(report.questions),
    }
    rows = "".join(
        f"<tr><td>{escape(w.question)}</td><td>{escape(' | '.join(dict.fromkeys(w.golds)))}</td>"
        f'<td class="miss">{escape(w.prediction)}</td><td class=n>{w.f1:.0f}</td>'
        f"<td>{escape(w.sentence)}</td></tr>"
        for w in report.worst
    )
    body = (
        cards(figures)
        + f"<h2>{len(report.worst)} questions answered wrongly (F1 0), in file order</h2>"
        + "<table><tr><th>question</th><th>gold answers</th><th>prediction</th><th>F1</th><th>chosen sentence</th></tr>"
        + rows
        + '</table><p class="sub">EM and F1 as the official evaluate-v1.1.py counts them (0-100).</p>'
    )
    return page(f"Answers: SQuAD v1.1, {report.mode} mode", f"{report.source}, {report.questions} questions", body)
