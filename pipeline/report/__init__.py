"""Reporting: where each camp (or actor) stands over time, from `stance predict` output; needs no model.

Takes a predictions JSONL (statements with labels, confidences and article dates); gives a folder
with stance-by-period tables (CSV), one plot per target (PNG), actor networks (GraphML) and report.html.
"""
import importlib

_SURFACE = {
    "build_report": "build", "ReportSummary": "build", "read_predictions": "records",
    "ReportStatement": "records", "ReportError": "records", "aggregate": "periods", "net_stance": "periods",
    "period_of": "periods", "wilson": "periods", "two_mode": "network", "congruence": "network",
    "write_networks": "network", "plot_target": "plots", "render_page": "html",
}
__all__ = sorted(_SURFACE)


def __getattr__(name: str):
    if name in _SURFACE:
        return getattr(importlib.import_module(f"{__name__}.{_SURFACE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
