"""Parse XML parts of office files with no DTDs, entities or network."""

from __future__ import annotations

from lxml import etree

from qualcode.core.errors import InputFileError

# Office XML never carries a DTD. Refusing one outright stops billion-laughs
# and external-entity payloads before libxml2 sees them; the parser options
# below are the second line of defence.
_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY", b"<\x00!\x00D\x00", b"<\x00!\x00E\x00")

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


# An element costs libxml2 ~150 bytes: 2 million of them (6-byte "<w:p/>"s
# compress well below the zip-bomb ratio) took 300 MB. Real Word and ODF XML
# averages ~100 bytes per element, so one per 32 bytes of the part limit is
# far above any real document.
BYTES_PER_ELEMENT = 32


def parse_xml(payload: bytes, name: str, part: str, max_bytes: int | None = None) -> etree._Element:
    """Parse one XML part safely and return its root element.

    Nesting is limited to 256 levels by libxml2 (``huge_tree`` stays off);
    with ``max_bytes`` the part may have at most ``max_bytes // 32`` elements.

    Raises
    ------
    InputFileError
        The part declares a DTD or entities, has too many elements or is
        nested too deep, or is not well-formed XML.
    """
    for marker in _FORBIDDEN:
        if marker in payload:
            raise InputFileError(
                name,
                f"The part {part!r} declares a DTD or entities, which office files never do; "
                "refusing it (possible XML entity attack).",
            )
    # Every element opens with a "<", so a part with fewer bytes than the limit cannot pass it:
    # only larger parts are counted (two passes over the bytes, ~0.1 ms for a typical transcript).
    if max_bytes is not None and len(payload) > max_bytes // BYTES_PER_ELEMENT:
        limit = max_bytes // BYTES_PER_ELEMENT
        # Counted in C before parsing: start and empty tags, not end tags.
        elements = payload.count(b"<") - payload.count(b"</")
        if elements > limit:
            raise InputFileError(
                name, f"The part {part!r} has about {elements:,} XML elements; the limit is {limit:,}.",
            )
    try:
        root = etree.fromstring(payload, _PARSER)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else None
        if "Excessive depth" in str(exc.msg):
            # libxml2 stops at 256 levels unless huge_tree is set, which we never do;
            # so no reader has to guard its own recursion against deeper input.
            raise InputFileError(
                name, f"The part {part!r} nests elements more than 256 levels deep (the depth limit); "
                "real documents nest a few dozen levels. Refusing a damaged or hostile file.",
            ) from None
        raise InputFileError(
            name, f"The part {part!r} is not well-formed XML ({exc.msg}).",
            f"{part} line {line}" if line else None,
        ) from None
    if root is None:
        raise InputFileError(name, f"The part {part!r} is empty.")
    return root
