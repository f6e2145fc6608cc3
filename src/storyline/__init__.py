"""storyline: raw news pages in, a trustworthy record of what happened out."""

from __future__ import annotations

__version__ = "0.1.0"
