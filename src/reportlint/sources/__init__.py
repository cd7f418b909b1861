"""Sources: turn a path, URL or stdin into text plus metadata. Only this layer does I/O."""

from reportlint.sources.base import Loaded, load

__all__ = ["Loaded", "load"]
