"""The HTML page of `qa eval answers --mode open --report`: figures, a reliability diagram, a risk-coverage curve."""

from __future__ import annotations

from html import escape

from qa.eval.report import cards, page
from qa.eval.squad_open import Record, reliability, risk_coverage

W, H, PAD = 420, 320, 40


def _frame(x_label: str, y_label: str) -> list[str]:
    parts = [f'<rect x="{PAD}" y="10" width="{W - PAD - 10}" height="{H - PAD - 10}" fill="none" stroke="#c8ced5"/>']
    for t in (0.0, 0.5, 1.0):
        x, y = _x(t), _y(t)
        parts.append(f'<text x="{x}" y="{H - PAD + 16}" text-anchor="middle">{t:.1f}</text>')
        parts.append(f'<text x="{PAD - 6}" y="{y + 4}" text-anchor="end">{t:.1f}</text>')
    parts.append(f'<text x="{(W + PAD) / 2}" y="{H - 6}" text-anchor="middle">{escape(x_label)}</text>')
    parts.append(f'<text x="12" y="{H / 2}" transform="rotate(-90 12 {H / 2})" text-anchor="middle">{escape(y_label)}</text>')
    return parts


def _x(v: float) -> float:
    return round(PAD + v * (W - PAD - 10), 1)


def _y(v: float) -> float:
    return round(H - PAD - v * (H - PAD - 10), 1)


def reliability_svg(records: list[Record]) -> str:
    """Share right against mean confidence per bin, bars sized by count, with the diagonal of perfect calibration."""
    parts = _frame("confidence", "share right")
    parts.append(f'<line x1="{_x(0)}" y1="{_y(0)}" x2="{_x(1)}" y2="{_y(1)}" stroke="#9aa5b1" stroke-dasharray="4 3"/>')
    most = max((n for _, _, n in reliability(records)), default=1)
    for conf, acc, n in reliability(records):
        r = 3 + 9 * (n / most) ** 0.5
        parts.append(
            f'<circle cx="{_x(conf)}" cy="{_y(acc)}" r="{r:.1f}" fill="#2f6fb0" fill-opacity=".7">'
            f"<title>confidence {conf:.2f}: {acc:.0%} right of {n}</title></circle>"
        )
    return f'<svg width="{W}" height="{H}" role="img" aria-label="reliability diagram">{"".join(parts)}</svg>'


def risk_coverage_svg(records: list[Record]) -> str:
    """Precision of the answers given against the share of answerable questions answered, as the threshold falls."""
    points = risk_coverage(records)
    step = max(1, len(points) // 300)
    path = " ".join(f"{_x(c)},{_y(p)}" for _, c, p in points[::step] + points[-1:])
    parts = _frame("coverage (answerable questions answered)", "precision (answers right)")
    parts.append(f'<polyline points="{path}" fill="none" stroke="#2f6fb0" stroke-width="2"/>')
    parts.append(f'<line x1="{_x(0)}" y1="{_y(0.9)}" x2="{_x(1)}" y2="{_y(0.9)}" stroke="#a2271d" stroke-dasharray="4 3"/>')
    return f'<svg width="{W}" height="{H}" role="img" aria-label="risk-coverage curve">{"".join(parts)}</svg>'


def calibration_page(records: list[Record], figures: dict, source: str) -> str:
    """A self-contained page: the headline figures beside the naive baseline's, and the two curves."""
    main = {k.replace("_", " "): f"{v:.3f}" for k, v in figures.items() if isinstance(v, float)}
    scored = [r for r in records if r.variant in ("clean", "unanswerable")]
    rows = "".join(
        f"<tr><td>{escape(k.replace('_', ' '))}</td><td class='n'>{v:.3f}</td>"
        f"<td class='n'>{figures['naive'].get(k, 0.0):.3f}</td></tr>"
        for k, v in figures.items()
        if isinstance(v, float)
    )
    body = (
        cards(main)
        + "<h2>Beside the naive baseline</h2><table><tr><th>measure</th><th>qa</th><th>naive</th></tr>"
        + rows
        + "</table><h2>Reliability</h2>"
        + reliability_svg(scored)
        + "<h2>Risk and coverage</h2>"
        + risk_coverage_svg(scored)
    )
    subtitle = f"{source}: {figures['questions']} questions, {figures['split']} split, open mode"
    return page("Answers: SQuAD v1.1, open mode", subtitle, body)
