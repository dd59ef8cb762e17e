"""A participant's photo is decoded before it is saved: a file that only starts like a JPEG or a PNG
(a corrupt JPEG, a 900-megapixel PNG of a few hundred KB) would otherwise be stored, and break the
roster and the form that draw it later."""

from __future__ import annotations

import io
import warnings

from PIL import Image

MAX_PIXELS = 25_000_000  # 5,000 x 5,000: more than any camera's portrait needs
UNREADABLE = "The photo cannot be read: the file is damaged, or not a JPEG or PNG picture."
TOO_MANY_PIXELS = "The photo has too many pixels: choose a picture of at most 25 megapixels."


def problem(photo: bytes) -> str | None:
    """What is wrong with photo (a message for the clerk), or None when it decodes whole."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(photo)) as picture:
                if picture.format not in ("JPEG", "PNG"):
                    return UNREADABLE
                width, height = picture.size
                if width * height > MAX_PIXELS:
                    return TOO_MANY_PIXELS
                picture.load()  # decodes every pixel: a truncated or garbled file fails here
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            return TOO_MANY_PIXELS
        except (OSError, SyntaxError, ValueError):  # UnidentifiedImageError is an OSError
            return UNREADABLE
    return None
