"""The sender's logo in a release's letterhead, which the import leaves out of the article.

A release's first picture is very often the logo of its sender (the ministry, the PR firm) at
the very top, above the headline. Kept, it became the article's first picture and so its
featured image and share card: no journalist publishes the sender's logo as the lead photo,
and put last it would still be the story's only picture when the release has no photo. So
it is left out, and the import's report names it.

Which picture is the logo: one in a paragraph of only pictures above the headline (the
release's labels, reference number and letter head may stand between), that is small, no
side over :data:`LOGO_EDGE` pixels (a picture that size cannot lead a story anyway: share
cards want 1200 pixels across), or a strip at most :data:`LOGO_EDGE` pixels high and at least
:data:`STRIP_RATIO` times as wide (the letterhead's banner across the page). A photo above
the headline bigger than that stays where it is, as does every picture under the headline.
Word's and LibreOffice's header parts are not imported at all, so a logo there never comes.
"""

from __future__ import annotations

#: the longest side of a picture that may be the letterhead's logo, in pixels
LOGO_EDGE = 600
#: a letterhead's banner is at least this many times as wide as it is high
STRIP_RATIO = 4


def is_logo(size: tuple[int, int]) -> bool:
    """Whether a picture of ``size`` (width, height in pixels) above the headline is the
    sender's logo: small, or a strip across the letterhead."""
    width, height = size
    return height <= LOGO_EDGE and (width <= LOGO_EDGE or width >= STRIP_RATIO * height)
