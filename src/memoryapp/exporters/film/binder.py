"""A printable scene binder: one self-contained HTML file for the director and the editor.

Per scene: its number, title, synopsis, period, places, people and wish list, then every
linked item (on screen first, then candidates, alternates and research; rejected items are
left out) with its thumbnail embedded as a ``data:`` URI, its date, captions and credit lines
per language, clearance, consent, alterations and notes. No scripts, no remote resources;
every user value is escaped and wrapped with ``dir="auto"`` so Hebrew and Arabic keep their
order; a print style sheet starts each scene on a new page.
"""

import base64
import html
import logging
import re
from pathlib import Path

from memoryapp.core.dates import describe
from memoryapp.core.films import LinkRole, Scene, SceneLink
from memoryapp.core.items import Item
from memoryapp.exporters.film.bundle import FilmExport

log = logging.getLogger(__name__)

MAX_THUMBNAIL_BYTES = 2_000_000
_MIME = {b"\xff\xd8\xff": "image/jpeg", b"\x89PNG": "image/png", b"RIFF": "image/webp"}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
h1 { margin-bottom: 0.2em; }
.meta { color: #555; }
section.scene { page-break-before: always; break-before: page; }
section.scene:first-of-type { page-break-before: auto; break-before: auto; }
.use { display: flex; gap: 1em; border-top: 1px solid #ccc; padding: 0.8em 0;
       break-inside: avoid; page-break-inside: avoid; }
.use img { width: 160px; height: auto; object-fit: contain; flex: none; }
.noimg { width: 160px; height: 120px; background: #eee; flex: none; }
.role { font-weight: bold; text-transform: uppercase; font-size: 0.8em; }
.cleared { color: #1a7f37; } .not-cleared { color: #b42318; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 1em; margin: 0.4em 0; }
dt { color: #555; }
"""


def _e(text: object) -> str:
    """Escape a user value for HTML text or a quoted attribute."""
    return html.escape(_CONTROL.sub("", str(text)), quote=True)


def _auto(text: str, lang: str = "") -> str:
    lang_attr = f' lang="{_e(lang)}"' if lang else ""
    return f'<span dir="auto"{lang_attr}>{_e(text)}</span>'


def thumbnail_uri(path: str | None) -> str | None:
    """A thumbnail file as a ``data:`` URI, or None when missing, unreadable or too big."""
    if not path:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        log.warning("thumbnail %s not embedded: %s", path, exc)
        return None
    if len(data) > MAX_THUMBNAIL_BYTES:
        return None
    mime = next((m for magic, m in _MIME.items() if data.startswith(magic)), None)
    if mime is None:
        return None
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def write_binder(bundle: FilmExport) -> bytes:
    """The scene binder as one UTF-8 HTML file."""
    film = bundle.film
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(film.title)}: scene binder</title>",
        f"<style>{_STYLE}</style></head><body>",
        f'<header><h1 dir="auto">{_e(film.title)}</h1>',
        f'<p class="meta">{_e(bundle.collection_title)} &middot; {_e(film.fps)} fps'
        f"{' drop-frame' if film.drop_frame else ''} &middot; starts {_e(bundle.tc(film.start_frame))}"
        f"{' &middot; generated ' + _e(bundle.generated_at) if bundle.generated_at else ''}</p></header>",
    ]
    for scene in bundle.scenes:
        parts.append(_scene(bundle, scene))
    parts.append("</body></html>\n")
    return "\n".join(parts).encode("utf-8")


def _scene(bundle: FilmExport, scene: Scene) -> str:
    rows = [
        f'<section class="scene" id="scene-{_e(scene.id)}">',
        f'<h2><span dir="auto">{_e("SC" + scene.number)}</span> {_auto(scene.title)}</h2>',
        "<dl>",
    ]
    facts = [
        ("Status", str(scene.status)),
        ("Period", describe(scene.period) if scene.period and scene.period.edtf else ""),
        ("Places", ", ".join(bundle.place_names.get(p, p) for p in scene.places)),
        ("People", ", ".join(bundle.person_names.get(p, p) for p in scene.people)),
        ("Planned", bundle.tc(scene.duration_frames) if scene.duration_frames is not None else ""),
        ("TC in / out", _tc_range(bundle, scene)),
    ]
    rows += [f"<dt>{label}</dt><dd>{_auto(value)}</dd>" for label, value in facts if value]
    rows.append("</dl>")
    for label, text in (("Synopsis", scene.synopsis), ("Archive wanted", scene.wishlist)):
        if text:
            rows.append(
                f'<h3>{label}</h3><p dir="auto" style="white-space: pre-wrap">{_e(text)}</p>'
            )
    links = [k for k in bundle.scene_links(scene) if k.role is not LinkRole.REJECTED]
    if not links:
        rows.append("<p><em>No archive linked yet.</em></p>")
    for link in links:
        item = bundle.items.get(link.item_id)
        if item is not None:
            rows.append(_use(bundle, link, item))
    rows.append("</section>")
    return "\n".join(rows)


def _tc_range(bundle: FilmExport, scene: Scene) -> str:
    if scene.tc_in is None or scene.tc_out is None:
        return ""
    return f"{bundle.tc(scene.tc_in)} - {bundle.tc(scene.tc_out)}"


def _use(bundle: FilmExport, link: SceneLink, item: Item) -> str:
    uri = thumbnail_uri(bundle.thumbnails.get(item.id))
    title = item.title or item.description or item.id
    image = f'<img src="{uri}" alt="{_e(title)}">' if uri else '<div class="noimg"></div>'
    state = "cleared" if link.is_cleared else "not-cleared"
    facts: list[tuple[str, str, str]] = [
        ("Item", item.id, ""),
        ("Date", describe(item.taken) if item.taken and item.taken.edtf else "", ""),
        ("Held by", item.source.holder, ""),
        ("People", ", ".join(bundle.person_names.get(p, p) for p in item.person_ids()), ""),
        ("Places", ", ".join(bundle.place_names.get(p, p) for p in item.places), ""),
        ("Hold", bundle.tc(link.hold_frames) if link.hold_frames is not None else "", ""),
        ("In the cut", bundle.tc(link.used_frames) if link.used_frames is not None else "", ""),
        ("Rights holder", link.rights_holder, ""),
    ]
    facts += [
        (f"Caption ({lang or 'any'})", text, lang) for lang, text in sorted(link.captions.items())
    ]
    facts += [
        (f"Credit ({lang or 'any'})", text, lang) for lang, text in sorted(link.credit.items())
    ]
    facts += [
        ("Consent", _consent_text(link), ""),
        ("Alterations", _alterations(link), ""),
        ("Note", link.note, ""),
    ]
    facts += [
        ("Check", f"{i.severity}: {i.message}", "") for i in bundle.issues if i.link_id == link.id
    ]
    body = "".join(
        f"<dt>{_e(label)}</dt><dd>{_auto(value, lang)}</dd>"
        for label, value, lang in facts
        if value
    )
    return (
        f'<article class="use" id="link-{_e(link.id)}">{image}<div>'
        f'<div><span class="role">{_e(link.role)}</span> &middot; '
        f'<span class="{state}">{_e(link.clearance)}</span></div>'
        f"<h4>{_auto(title)}</h4><dl>{body}</dl></div></article>"
    )


def _consent_text(link: SceneLink) -> str:
    out = []
    for c in link.consents:
        text = c.given_by + (f" ({c.relation})" if c.relation else "")
        text += f", {c.given_on}" if c.given_on else ""
        text += f": {c.scope}" if c.scope else ""
        out.append(text + (f" - REVOKED {c.revoked_on}".rstrip() if c.revoked else ""))
    return "; ".join(out)


def _alterations(link: SceneLink) -> str:
    return "; ".join(str(a.kind) + (f" ({a.tool})" if a.tool else "") for a in link.alterations)
