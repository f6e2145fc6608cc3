"""Rendering pages: the Jinja2 environment (autoescape on, nothing marked safe) and the CSS."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jinja2
from markupsafe import Markup

from storyline.lang import normal_language, text_direction
from storyline.timeline.lines import line, outlet_count, participant, place_label
from storyline.timeline.stats import outlets_of
from storyline.web import views
from storyline.web.filters import EventFilter
from storyline.wording import described

LINK_REL = "noopener noreferrer nofollow"
"""The ``rel`` of every link that leaves the app (only http(s) addresses become links)."""


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The page templates: autoescape on for every template, undefined names an error."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("storyline.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        actor_path=views.actor_path,
        code_spans=views.code_spans,
        document_path=views.document_path,
        safe_url=views.safe_url,
        swatch=views.swatch,
        participant=participant,
        described=described,
        place_label=place_label,
        outlet_count=outlet_count,
        outlets_of=outlets_of,
        line=line,
        link_rel=LINK_REL,
        text_direction=text_direction,
        normal_language=normal_language,
        timeline_url=lambda **fields: EventFilter(**fields).url("/"),
    )
    return env


def render(template: str, **values: Any) -> str:
    """The page ``template`` with ``values``."""
    return environment().get_template(template).render(**values)


def fragment(macro: str, *args: Any) -> Markup:
    """What the macro ``macro`` of ``macros.html.j2`` writes for ``args``: escaped as a page
    is (autoescape on), ready to place in one."""
    written: Markup = getattr(environment().get_template("macros.html.j2").module, macro)(*args)
    return written


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The pages' CSS: the base shared with the HTML report, the PLOVER colours, the app's own."""
    from importlib import resources

    from storyline.timeline.colours import stylesheet as colours

    base = resources.files("storyline.timeline").joinpath("templates/base.css").read_text("utf-8")
    own = resources.files("storyline.web").joinpath("static/web.css").read_text("utf-8")
    return base + colours() + own
