"""Draw a declared control (dashboard/controls.py) as its Streamlit widget, bound to the URL."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

import streamlit as st

from dashboard.controls import Control

Draw = Callable[..., Any]


def widget(
    control: Control,
    *,
    container: Any = None,
    options: Sequence[Any] | None = None,
    default: Any = None,
    label_args: dict[str, str] | None = None,
    bound: bool = True,
    **extra: Any,
) -> Any:
    """Draw control in `container` (a column, the sidebar; the page by default) and return its value.

    Args:
        options: live choices for a select or multiselect that has no fixed ones.
        default: a default the page derives (see Control.default_note) instead of the declared one.
        label_args: values for placeholders in the label, such as "{grain}".
        bound: let Streamlit keep the value in the URL; the sidebar filters, which must
            survive page switches, pass False and sync it themselves (dashboard/url_filters.py).
        extra: further keyword arguments for the Streamlit widget (placeholder, format, ...).
    """
    place = container if container is not None else st
    label = control.label.format(**(label_args or {}))
    chosen = list(options if options is not None else control.options)
    start = control.default if default is None else default
    common = {"key": control.key, **({"bind": "query-params"} if bound else {}), **extra}
    if control.kind != "pages":
        common["help"] = control.help
    return _DRAW[control.kind](place, control, label, chosen, start, common)


def _select(place: Any, c: Control, label: str, options: list[Any], start: Any,
            common: dict[str, Any]) -> Any:
    index = options.index(start) if start in options else 0
    return place.selectbox(label, options, index=index, **common)


def _radio(place: Any, c: Control, label: str, options: list[Any], start: Any,
           common: dict[str, Any]) -> Any:
    index = options.index(start) if start in options else 0
    return place.radio(label, options, index=index, horizontal=c.horizontal, **common)


def _slider(place: Any, c: Control, label: str, options: list[Any], start: Any,
            common: dict[str, Any]) -> Any:
    return place.slider(label, c.low, c.high, start, **common)


def _number(place: Any, c: Control, label: str, options: list[Any], start: Any,
            common: dict[str, Any]) -> Any:
    return place.number_input(label, c.low, c.high, start, **common)


def _text(place: Any, c: Control, label: str, options: list[Any], start: Any,
          common: dict[str, Any]) -> Any:
    return place.text_input(label, value=start, **common)


def _multiselect(place: Any, c: Control, label: str, options: list[Any], start: Any,
                 common: dict[str, Any]) -> Any:
    return place.multiselect(label, options, default=list(start) or None, **common)


def _date(place: Any, c: Control, label: str, options: list[Any], start: Any,
          common: dict[str, Any]) -> Any:
    return place.date_input(label, value=start, format="YYYY-MM-DD", **common)


def _toggle(place: Any, c: Control, label: str, options: list[Any], start: Any,
            common: dict[str, Any]) -> Any:
    return place.toggle(label, value=bool(start), **common)


def _pages(place: Any, c: Control, label: str, options: list[Any], start: Any,
           common: dict[str, Any]) -> Any:
    return place.pagination(common.pop("num_pages"), **common)


_DRAW: Final[dict[str, Draw]] = {
    "select": _select, "radio": _radio, "slider": _slider, "number": _number, "text": _text,
    "multiselect": _multiselect, "date": _date, "pages": _pages, "toggle": _toggle,
}
