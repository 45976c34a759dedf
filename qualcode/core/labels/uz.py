"""Uzbek (Latin script) output labels, keyed by the English text (see the package docstring)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # documents and title blocks
    "Codebook": "Kodlar kitobi",
    "Thematic report": "Tematik hisobot",
    "Joint displays": "Birlashgan jadvallar",
    "Date:": "Sana:",
    "Coders:": "Kodlovchilar:",
    "Analysis phase:": "Tahlil bosqichi:",
    "Codes:": "Kodlar:",
    "Themes:": "Mavzular:",
    "{total} ({top} top-level)": "{total} (yuqori darajada: {top})",
    # APA captions
    "Table": "Jadval",
    "Table {number}": "{number}-jadval",
    "Table A1": "I1-jadval",
    "Figure": "Rasm",
    "Note.": "Izoh.",
    # codebook fields
    "Definition": "Taʼrif",
    "Inclusion criteria": "Kiritish mezonlari",
    "Exclusion criteria": "Chiqarish mezonlari",
    "Typical example": "Odatiy misol",
    "Atypical example": "Noodatiy misol",
    "Origin": "Kelib chiqishi",
    "Frequency": "Chastota",
    "With sub-codes": "Quyi kodlar bilan",
    "Version history": "Oʻzgarishlar tarixi",
    "Examples from the data": "Maʼlumotlardan misollar",
    "Appendix: code frequencies": "Ilova: kodlar chastotasi",
    "Coded segments, documents and cases per code": "Har bir kod boʻyicha kodlangan parchalar, hujjatlar va holatlar",
    "Code": "Kod",
    "Segments": "Parchalar",
    "Documents": "Hujjatlar",
    "Cases": "Holatlar",
    "deductive": "deduktiv",
    "inductive": "induktiv",
    "in-vivo": "in vivo",
    "speaker {name}": "soʻzlovchi {name}",
    # Braun & Clarke phases
    "Familiarising yourself with the data": "Maʼlumotlar bilan tanishish",
    "Generating initial codes": "Dastlabki kodlarni yaratish",
    "Searching for themes": "Mavzularni izlash",
    "Reviewing themes": "Mavzularni koʻrib chiqish",
    "Defining and naming themes": "Mavzularni aniqlash va nomlash",
    "Producing the report": "Hisobotni tayyorlash",
    # thematic report
    "Thematic map": "Tematik xarita",
    "Thematic map: themes (boxes), their codes (pills) and the relations drawn between them.":
        "Tematik xarita: mavzular (toʻrtburchaklar), ularning kodlari (ovallar) va ular orasidagi bogʻlanishlar.",
    "Overview of themes": "Mavzular sharhi",
    "Prevalence of themes across cases": "Mavzularning holatlar boʻyicha tarqalishi",
    "Theme": "Mavzu",
    "Status": "Holati",
    "candidate": "nomzod",
    "reviewed": "koʻrib chiqilgan",
    "defined": "aniqlangan",
    "Definition.": "Taʼrif.",
    "Not yet defined.": "Hali aniqlanmagan.",
    "Prevalence.": "Tarqalishi.",
    "Codes.": "Kodlar.",
    "Sub-themes.": "Quyi mavzular.",
    "Review notes.": "Koʻrib chiqish izohlari.",
    "{themes} themes, {subs} sub-themes": "{themes} ta mavzu, {subs} ta quyi mavzu",
    "Found in {cases} of {total}{share}; {segments} in {documents}.":
        "{total}dan {cases} tasida uchraydi{share}; {documents}da {segments}.",
    "thin: found in fewer than 20 % of cases ({cases})": "kam: holatlarning 20 % dan kamida ({cases})",
    "overlaps {theme} ({share} % of its segments co-occur)":
        "«{theme}» bilan kesishadi (parchalarining {share} % i birga keladi)",
    # joint displays
    "Domain": "Soha",
    "Quantitative result": "Miqdoriy natija",
    "Theme (cases)": "Mavzu (holatlar)",
    "Exemplar quotes": "Namunaviy iqtiboslar",
    "Meta-inference": "Meta-xulosa",
    "Confirm": "Tasdiqlaydi",
    "Expand": "Kengaytiradi",
    "Discord": "Zid keladi",
    "{label} (n = {n}; survey n = {survey})": "{label} (n = {n}; soʻrovnoma n = {survey})",
    "OR = odds ratio; IRR = incidence rate ratio; B = unstandardised coefficient with 95% CI; "
    "\u03b2 = standardised coefficient.":
        "OR = imkoniyatlar nisbati; IRR = hodisalar chastotasi nisbati; B = standartlashtirilmagan "
        "koeffitsient va 95% IO; \u03b2 = standartlashtirilgan koeffitsient.",
    # regression tables (APA terms)
    "Term": "Oʻzgaruvchi",
    "b": "b",
    "B": "B",
    "SE": "SX",
    "95% CI": "95% IO",
    "p": "p",
    "\u03b2": "\u03b2",
    "OR": "OR",
    "IRR": "IRR",
    "OR per SD": "OR (1 SO uchun)",
    "Intercept": "Ozod had",
    "(Intercept)": "(Ozod had)",
    # inter-coder agreement
    "Statistic": "Statistika",
    "Value": "Qiymat",
    "Units": "Birliklar",
    "Krippendorff's alpha": "Krippendorf α",
    "Fleiss' kappa": "Fleys κ",
    "Cohen's kappa": "Koen κ",
    "Percent agreement": "Moslik foizi",
    "Holsti's CR": "Xolsti CR",
    "Brennan-Prediger kappa": "Brennan–Prediger κ",
    "Gwet's AC1": "Gvet AC1",
    "character": "belgilar",
    "sentence": "gaplar",
    "turn": "replikalar",
    "document": "hujjatlar",
    "Inter-coder agreement: {coders} ({unit} units)": "Kodlovchilar moslig\u02bbi: {coders} (birliklar: {unit})",
    "Units: {unit}; including text no coder coded.": "Birliklar: {unit}; hech kim kodlamagan matn bilan.",
    "Units: {unit}; excluding text no coder coded.": "Birliklar: {unit}; hech kim kodlamagan matnsiz.",
    "Intervals: Cohen, Fleiss, Gwet, Brennan-Prediger and percent analytic; Krippendorff and Holsti "
    "by seeded bootstrap over units.":
        "Oraliqlar: Koen, Fleys, Gvet, Brennan–Prediger va moslik foizi uchun analitik; Krippendorf va "
        "Xolsti uchun birliklar bo\u02bbyicha qayd etilgan urug\u02bbli butstrep.",
}

#: A noun after a numeral stays singular in Uzbek ("3 holat").
NOUNS: dict[str, tuple[str, ...]] = {
    "segment": ("parcha",),
    "coded segment": ("kodlangan parcha",),
    "document": ("hujjat",),
    "document:in": ("hujjat",),
    "case": ("holat",),
    "case:of": ("holat",),
    "theme": ("mavzu",),
    "code": ("kod",),
}
