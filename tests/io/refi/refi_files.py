"""Build small .qdpx archives the way other tools write them (for tests)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

NS_PROJECT = "urn:QDA-XML:project:1.0"


def qdpx(path: Path, qde: str | bytes, members: dict[str, bytes | str] | None = None,
         qde_name: str = "project.qde") -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(qde_name, qde.encode("utf-8") if isinstance(qde, str) else qde)
        for name, data in (members or {}).items():
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    path.write_bytes(buffer.getvalue())
    return path


def project_xml(sources: str, *, ns: str = NS_PROJECT, extra: str = "") -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{ns}" name="Study" origin="ATLAS.ti 23">
  <Users><User guid="088B08AC-D5CD-4ADB-8B71-B4F3459C177F" name="Ana"/></Users>
  <CodeBook><Codes>
    <Code guid="{{5215cc69-b628-4e02-afb9-9beeaee55808}}" name="Money" isCodable="true" color="#ff0000">
      <Code guid="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520" name="Worry" isCodable="true"/>
    </Code>
    <Code guid="7c108712-b650-4892-ac0b-fc9a10190c3b" name="Family" isCodable="true">
      <Code guid="12365523-1035-4afa-9e7b-281fe0bc51c5" name="Worry" isCodable="true" description="as attr"/>
    </Code>
  </Codes></CodeBook>
  <Sources>{sources}</Sources>
  {extra}
</Project>"""
