<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ">
<context>
    <name>AssistantTexts</name>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="11" />
        <source>A candidate theme needs a name.</source>
        <translation>Nomzod mavzuga nom kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="12" />
        <source>No case has the attribute {name} (attributes that split cases: {names}).</source>
        <translation>Hech bir holatda {name} atributi yoʻq (holatlarni ajratadigan atributlar: {names}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="13" />
        <source>{name} has {n} value(s); it needs 2 to {most} to form groups.</source>
        <translation>{name} qiymatlari soni: {n}; guruhlar hosil qilish uchun 2 tadan {most} tagacha kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="14" />
        <source>The code {name} has no coded segments and no definition to compare with.</source>
        <translation>{name} kodida solishtirish uchun na kodlangan parchalar, na taʼrif bor.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="16" />
        <source>Type something to search for.</source>
        <translation>Nimani qidirishni yozing.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="17" />
        <source>The regular expression is not valid: {error}.</source>
        <translation>Muntazam ifoda notoʻgʻri: {error}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/assistant_texts.py" line="23" />
        <source> at position {n}</source>
        <extracomment>where Python's regular-expression parser stopped ("... at position 5"), inside the error's value</extracomment>
        <translation> ({n}-oʻrinda)</translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="17" />
        <source>{path} already exists; choose another name or open it.</source>
        <translation>{path} allaqachon mavjud; boshqa nom tanlang yoki uni oching.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="18" />
        <source>{path} already exists; choose a new name (nothing was written).</source>
        <translation>{path} allaqachon mavjud; yangi nom tanlang (hech narsa yozilmadi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="19" />
        <source>{path} already exists; choose another name for the cleaned copy.</source>
        <translation>{path} allaqachon mavjud; tozalangan nusxa uchun boshqa nom tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="20" />
        <source>The folder {path} does not exist.</source>
        <translation>{path} jildi mavjud emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="21" />
        <source>The folder {path} is read-only; choose a folder you can write to.</source>
        <translation>{path} jildi faqat oʻqish uchun; yozish mumkin boʻlgan jildni tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="22" />
        <source>{path} does not exist.</source>
        <translation>{path} mavjud emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="23" />
        <source>{path} is a folder, not a project file.</source>
        <translation>{path} — bu jild, loyiha fayli emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="24" />
        <source>{path} is not a QualCode project (it is not a database file).</source>
        <translation>{path} QualCode loyihasi emas (bu maʼlumotlar bazasi fayli emas).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="25" />
        <source>{path} is an SQLite database but not a QualCode project.</source>
        <translation>{path} — SQLite maʼlumotlar bazasi, lekin QualCode loyihasi emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="26" />
        <source>{path} is damaged ({detail}). Open its .bak copy or a backup.</source>
        <translation>{path} shikastlangan ({detail}). Uning .bak nusxasini yoki zaxira nusxasini oching.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="27" />
        <source>{path} is damaged: {detail}.</source>
        <translation>{path} shikastlangan: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="28" />
        <source>{path} could not be read ({detail}): the disk may be full or failing. The file was not changed; free some space and open it again.</source>
        <translation>{path} oʻqilmadi ({detail}): disk toʻlgan yoki nosoz boʻlishi mumkin. Fayl oʻzgarmadi; joy boʻshating va uni qayta oching.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="30" />
        <source>{path} was saved by an older QualCode and must be upgraded, but it is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} QualCode ning eski versiyasida saqlangan va yangilanishi kerak, lekin u faqat oʻqish uchun. Uni yozish mumkin boʻlgan jildga nusxalang va nusxani oching.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="32" />
        <source>{path} was saved by a newer QualCode (schema {detail}). Update QualCode to open it; the file was not changed.</source>
        <translation>{path} QualCode ning yangiroq versiyasida saqlangan (sxema {detail}). Uni ochish uchun QualCode ni yangilang; fayl oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="34" />
        <source>{path} has no QualCode schema; it may be incomplete.</source>
        <translation>{path} da QualCode sxemasi yoʻq; fayl toʻliq boʻlmasligi mumkin.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="35" />
        <source>A cleaned copy of {path} could not be written: {detail}.</source>
        <translation>{path} ning tozalangan nusxasi yozilmadi: {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="37" />
        <source>{path} contains database objects QualCode did not create ({shown}). They could change or fake your data, so the project was not opened and nothing was changed. Open a cleaned copy instead: qualcode clean-copy {path} COPY.qcproj</source>
        <translation>{path} QualCode yaratmagan maʼlumotlar bazasi obyektlarini oʻz ichiga oladi ({shown}). Ular maʼlumotlaringizni oʻzgartirishi yoki soxtalashtirishi mumkin, shuning uchun loyiha ochilmadi va hech narsa oʻzgarmadi. Uning oʻrniga tozalangan nusxani oching: qualcode clean-copy {path} COPY.qcproj</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="43" />
        <source>An encrypted project needs a non-empty password ({path} was not written).</source>
        <translation>Shifrlangan loyihaga boʻsh boʻlmagan parol kerak ({path} yozilmadi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="46" />
        <source>{path} cannot be opened: {detail}</source>
        <translation>{path} ochilmaydi: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="48" />
        <source>{path} is encrypted (or not a QualCode project): give its password.</source>
        <translation>{path} shifrlangan (yoki QualCode loyihasi emas): uning parolini kiriting.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/project_texts.py" line="52" />
        <source>{path} is not an encrypted QualCode project; nothing was changed.</source>
        <translation>{path} shifrlangan QualCode loyihasi emas; hech narsa oʻzgarmadi.</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="16" />
        <source>The file is empty.</source>
        <translation>Fayl boʻsh.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="17" />
        <source>The file contains no text.</source>
        <translation>Faylda matn yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="18" />
        <source>The file does not exist.</source>
        <translation>Fayl mavjud emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="19" />
        <source>This is a folder, not a file.</source>
        <translation>Bu fayl emas, jild.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="20" />
        <source>The file cannot be read (permission denied).</source>
        <translation>Faylni oʻqib boʻlmaydi (ruxsat yoʻq).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="21" />
        <source>The file cannot be read ({reason}).</source>
        <translation>Faylni oʻqib boʻlmaydi ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="22" />
        <source>This is not a regular file (a pipe, socket or device); refusing to read it.</source>
        <translation>Bu oddiy fayl emas (kanal, soket yoki qurilma); u oʻqilmaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="23" />
        <source>The file is {size} bytes; the limit is {limit}.</source>
        <translation>Fayl hajmi {size} bayt; chegara — {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="24" />
        <source>The file is larger than the limit of {limit} bytes.</source>
        <translation>Fayl {limit} bayt chegarasidan katta.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="25" />
        <source>The text is {size} characters long; the limit is {limit}.</source>
        <translation>Matn uzunligi {size} belgi; chegara — {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="26" />
        <source>The text is longer than the limit of {limit} characters.</source>
        <translation>Matn {limit} belgi chegarasidan uzun.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="27" />
        <source>The text would be longer than the limit of {limit} characters.</source>
        <translation>Matn {limit} belgi chegarasidan uzun boʻlib ketardi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="28" />
        <source>The file has more than {limit} paragraphs (the limit).</source>
        <translation>Faylda {limit} tadan ortiq xatboshi bor (bu chegara).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="29" />
        <source>The file has more than {limit} speaker turns (the limit); is it really a transcript?</source>
        <translation>Faylda {limit} tadan ortiq replika bor (bu chegara); bu haqiqatan transkriptmi?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="31" />
        <source>Unknown transcript type {suffix}; use one of {known}.</source>
        <translation>Nomaʼlum transkript turi {suffix}; quyidagilardan birini ishlating: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="32" />
        <source>Speaker turns are inconsistent: {detail}</source>
        <translation>Soʻzlovchilar replikalari bir-biriga mos emas: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="34" />
        <source>This looks like a binary file, not text (it has NUL bytes).</source>
        <translation>Bu matn emas, ikkilik faylga oʻxshaydi (unda nol baytlar bor).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="35" />
        <source>This looks like a binary file, not text (it has many control characters).</source>
        <translation>Bu matn emas, ikkilik faylga oʻxshaydi (unda boshqaruv belgilari koʻp).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="36" />
        <source>The text encoding could not be recognised; save the file as UTF-8 or name the encoding when importing.</source>
        <translation>Matn kodirovkasi aniqlanmadi; faylni UTF-8 da saqlang yoki import paytida kodirovkani koʻrsating.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="38" />
        <source>The file looks like {codec} text but is not valid {codec}.</source>
        <translation>Fayl {codec} matniga oʻxshaydi, lekin u yaroqli {codec} emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="39" />
        <source>Unknown text encoding {encoding}.</source>
        <translation>Nomaʼlum matn kodirovkasi {encoding}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="40" />
        <source>Unknown text encoding {encoding}; use a name such as utf-8, utf-16, cp1251 or koi8-r.</source>
        <translation>Nomaʼlum matn kodirovkasi {encoding}; utf-8, utf-16, cp1251 yoki koi8-r kabi nomni koʻrsating.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="42" />
        <source>The bytes are not valid {encoding} text.</source>
        <translation>Baytlar yaroqli {encoding} matni emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="43" />
        <source>The file starts with a {codec} byte-order mark but is not valid {codec}.</source>
        <translation>Fayl {codec} bayt tartibi belgisi bilan boshlanadi, lekin u yaroqli {codec} emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="45" />
        <source>The Word document has no body.</source>
        <translation>Word hujjatida asosiy matn yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="46" />
        <source>The file has no text body; is it an OpenDocument text (.odt)?</source>
        <translation>Faylda asosiy matn yoʻq; bu haqiqatan OpenDocument matnimi (.odt)?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="47" />
        <source>A space in 'content.xml' asks to repeat {count} times (text:c); the limit is {limit}. Refusing a damaged or hostile file.</source>
        <translation>'content.xml' dagi boʻshliq {count} marta takrorlanishni soʻraydi (text:c); chegara — {limit}. Shikastlangan yoki zararli fayl rad etildi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="49" />
        <source>A space count in 'content.xml' is not a number: text:c={value}.</source>
        <translation>'content.xml' dagi boʻshliqlar soni raqam emas: text:c={value}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="50" />
        <source>This is not an RTF file (it does not start with '{{\rtf').</source>
        <translation>Bu RTF fayl emas (u '{{\rtf' bilan boshlanmaydi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="51" />
        <source>The RTF has an invalid Unicode escape {escape} (it must be between {low} and {high}).</source>
        <translation>RTF da yaroqsiz Unicode kodi {escape} bor (u {low} va {high} oraligʻida boʻlishi kerak).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="53" />
        <source>The RTF could not be read ({reason}).</source>
        <translation>RTF oʻqilmadi ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="54" />
        <source>The HTML could not be read ({reason}).</source>
        <translation>HTML oʻqilmadi ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="55" />
        <source>The PDF is password-protected.</source>
        <translation>PDF parol bilan himoyalangan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="56" />
        <source>The PDF is damaged or not a PDF ({reason}).</source>
        <translation>PDF shikastlangan yoki bu PDF emas ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="57" />
        <source>The page could not be read ({reason}).</source>
        <translation>Sahifa oʻqilmadi ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="58" />
        <source>No page of this PDF has a text layer (a scan?); run OCR on it first.</source>
        <translation>Bu PDF ning hech bir sahifasida matn qatlami yoʻq (skanmi?); avval uni OCR orqali taniting.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="59" />
        <source>A WebVTT file must start with 'WEBVTT'.</source>
        <translation>WebVTT fayli 'WEBVTT' bilan boshlanishi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="60" />
        <source>The cue timing {timing} cannot be read.</source>
        <translation>Subtitr vaqti {timing} oʻqilmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="61" />
        <source>The file has more than {limit} subtitle cues (the limit); is it really subtitles?</source>
        <translation>Faylda {limit} tadan ortiq subtitr bor (bu chegara); bu haqiqatan subtitrmi?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="63" />
        <source>The file has more than {limit} lines (the limit); is it really subtitles?</source>
        <translation>Faylda {limit} tadan ortiq qator bor (bu chegara); bu haqiqatan subtitrmi?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="64" />
        <source>The file has no subtitle cues.</source>
        <translation>Faylda subtitrlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="66" />
        <source>This is not a readable {kind} file (the zip container is damaged or truncated).</source>
        <translation>Bu oʻqiladigan {kind} fayli emas (zip konteyner shikastlangan yoki qirqilgan).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="68" />
        <source>This file is not in {kind} format (it is not a zip archive). Was it renamed?</source>
        <translation>Bu fayl {kind} formatida emas (u zip arxiv emas). Fayl nomi oʻzgartirilganmi?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="70" />
        <source>The {kind} container has {count} parts; that is not a real {kind}.</source>
        <translation>{kind} konteynerida {count} ta qism bor; haqiqiy {kind} bunday boʻlmaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="71" />
        <source>The part {part} would inflate {ratio} times; refusing a possible zip bomb.</source>
        <translation>{part} qismi ochilganda {ratio} marta kattalashardi; ehtimoliy zip-bomba rad etildi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="72" />
        <source>The file has no {part} part; is it really this format?</source>
        <translation>Faylda {part} qismi yoʻq; bu haqiqatan shu formatdagi faylmi?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="73" />
        <source>The part {part} is {size} bytes; the limit is {limit}.</source>
        <translation>{part} qismi hajmi {size} bayt; chegara — {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="74" />
        <source>The part {part} inflates past the {limit}-byte limit.</source>
        <translation>{part} qismi ochilganda {limit} bayt chegarasidan oshib ketadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="75" />
        <source>The part {part} is damaged ({reason}).</source>
        <translation>{part} qismi shikastlangan ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="76" />
        <source>The part {part} declares a DTD or entities, which office files never do; refusing it (possible XML entity attack).</source>
        <translation>{part} qismi DTD yoki obyektlarni eʼlon qiladi, ofis fayllari buni hech qachon qilmaydi; fayl rad etildi (ehtimoliy XML obyekt hujumi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="78" />
        <source>The part {part} has about {count} XML elements; the limit is {limit}.</source>
        <translation>{part} qismida taxminan {count} ta XML element bor; chegara — {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="79" />
        <source>The part {part} nests elements more than 256 levels deep (the depth limit); real documents nest a few dozen levels. Refusing a damaged or hostile file.</source>
        <translation>{part} qismida elementlar 256 darajadan chuqur joylashgan (chuqurlik chegarasi); haqiqiy hujjatlarda bir necha oʻn daraja boʻladi. Shikastlangan yoki zararli fayl rad etildi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="81" />
        <source>The part {part} is not well-formed XML ({reason}).</source>
        <translation>{part} qismi notoʻgʻri tuzilgan XML ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="82" />
        <source>The part {part} is empty.</source>
        <translation>{part} qismi boʻsh.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="84" />
        <source>Line {line}: the label {label} has no text.</source>
        <translation>{line}-qator: {label} belgisidan keyin matn yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="85" />
        <source>... and {count} more labels without text.</source>
        <translation>... va yana {count} ta matnsiz belgi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="86" />
        <source>Line {line}: text after a blank line joined to the cue before it.</source>
        <translation>{line}-qator: boʻsh qatordan keyingi matn oldingi subtitrga qoʻshildi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="87" />
        <source>Line {line}: text before the first cue ignored.</source>
        <translation>{line}-qator: birinchi subtitrdan oldingi matn tashlab ketildi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="88" />
        <source>Line {line}: empty cue skipped.</source>
        <translation>{line}-qator: boʻsh subtitr tashlab ketildi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="89" />
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import bekor qilindi; hech narsa import qilinmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="91" />
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="92" />
        <source>OpenDocument (.odt)</source>
        <translation>OpenDocument (.odt)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="93" />
        <source>REFI-QDA project (.qdpx)</source>
        <translation>REFI-QDA loyihasi (.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="99" />
        <source>Unknown survey file type {suffix}; use .csv, .xlsx, .sav or .dta.</source>
        <translation>Nomaʼlum soʻrovnoma fayli turi {suffix}; .csv, .xlsx, .sav yoki .dta dan foydalaning.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="100" />
        <source>The file has no respondents (0 rows).</source>
        <translation>Faylda respondentlar yoʻq (0 qator).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="101" />
        <source>The file cannot be read as {kind}: {reason}.</source>
        <translation>Faylni {kind} sifatida oʻqib boʻlmaydi: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="102" />
        <source>The file is empty (0 bytes).</source>
        <translation>Fayl boʻsh (0 bayt).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="103" />
        <source>The file cannot be opened: {reason}.</source>
        <translation>Faylni ochib boʻlmaydi: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="104" />
        <source>The {kind} file is {size}, larger than the limit of {limit}. Raise the limit in the import settings if the file is genuine.</source>
        <translation>{kind} fayli hajmi {size}, bu {limit} chegarasidan katta. Fayl haqiqiy boʻlsa, import sozlamalarida chegarani oshiring.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="106" />
        <source>This is not a valid .xlsx workbook (it is not a zip archive). Was it renamed?</source>
        <translation>Bu yaroqli .xlsx ishchi kitobi emas (u zip arxiv emas). Fayl nomi oʻzgartirilganmi?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="107" />
        <source>This .xlsx workbook is damaged or incomplete (the file ends early); open it in Excel and save it again.</source>
        <translation>Bu .xlsx ishchi kitobi shikastlangan yoki toʻliq emas (faylning oxiri qirqilgan); uni Excelda oching va qayta saqlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="109" />
        <source>The workbook part {part} would expand {ratio}-fold to {size}; this looks like a zip bomb and was not opened.</source>
        <translation>Ishchi kitobning {part} qismi ochilganda {ratio} marta kattalashib {size} boʻlardi; bu zip-bombaga oʻxshaydi, fayl ochilmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="111" />
        <source>The workbook would expand to {size}, more than the limit of {limit}; it was not opened.</source>
        <translation>Ishchi kitob ochilganda {size} boʻlardi, bu {limit} chegarasidan koʻp; u ochilmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="113" />
        <source>This is not a CSV text file; it looks like {what}.</source>
        <translation>Bu CSV matn fayli emas; u {what} ga oʻxshaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="114" />
        <source>This is not a CSV text file; it contains binary data (zero bytes).</source>
        <translation>Bu CSV matn fayli emas; unda ikkilik maʼlumotlar bor (nol baytlar).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="115" />
        <source>This is not a CSV text file; its bytes are not text in any known encoding.</source>
        <translation>Bu CSV matn fayli emas; uning baytlari hech bir maʼlum kodirovkadagi matn emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="116" />
        <source>The bytes at offset {offset} are not valid {encoding}. Choose the file's real encoding.</source>
        <translation>{offset} siljishdagi baytlar yaroqli {encoding} emas. Faylning haqiqiy kodirovkasini tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="118" />
        <source>Unknown encoding {encoding}.</source>
        <translation>Nomaʼlum kodirovka {encoding}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="119" />
        <source>The file has no rows.</source>
        <translation>Faylda qatorlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="120" />
        <source>The file has a header but no data rows.</source>
        <translation>Faylda sarlavha bor, lekin maʼlumotli qatorlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="121" />
        <source>The sheet has a header but no data rows.</source>
        <translation>Varaqda sarlavha bor, lekin maʼlumotli qatorlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="122" />
        <source>The sheet {sheet} is empty.</source>
        <translation>{sheet} varagʻi boʻsh.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="123" />
        <source>The CSV is malformed: {reason}.</source>
        <translation>CSV fayli notoʻgʻri tuzilgan: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="124" />
        <source>The file is not UTF-8; its encoding was guessed as {encoding}. Check accented and non-Latin letters in the preview, and choose the encoding if they look wrong.</source>
        <translation>Fayl UTF-8 da emas; uning kodirovkasi {encoding} deb taxmin qilindi. Oldindan koʻrishda diakritik va lotin boʻlmagan harflarni tekshiring, notoʻgʻri koʻrinsa, kodirovkani tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="127" />
        <source>{count} row(s) had fewer cells than the header and were padded with empty cells: lines {lines}.</source>
        <translation>Sarlavhadagidan kam katakli qatorlar ({count} ta) boʻsh kataklar bilan toʻldirildi: {lines} qatorlar.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="129" />
        <source>Column {column} has no name in the header; it was called {name}.</source>
        <translation>{column}-ustunning sarlavhada nomi yoʻq; u {name} deb nomlandi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="130" />
        <source>Column {name}: {count} cells written {values} were read as missing values.</source>
        <translation>{name} ustuni: {values} deb yozilgan kataklar ({count} ta) tushirib qoldirilgan qiymat sifatida oʻqildi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="131" />
        <source>Column {name} is mostly numbers but has non-numeric cells {values}; it was read as text. Mark such codes as missing or fix them in the file.</source>
        <translation>{name} ustuni asosan sonlardan iborat, lekin unda son boʻlmagan kataklar bor: {values}; u matn sifatida oʻqildi. Bunday kodlarni tushirib qoldirilgan deb belgilang yoki faylda tuzating.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="133" />
        <source>This row has {cells} cells but the header has {width} columns; the value {value} in column {column} has no column name. Check for an unquoted {delimiter} inside a value.</source>
        <translation>Bu qatorda {cells} ta katak bor, sarlavhada esa {width} ta ustun; {column}-ustundagi {value} qiymatining ustun nomi yoʻq. Qiymat ichida qoʻshtirnoqsiz {delimiter} yoʻqligini tekshiring.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="136" />
        <source>The column name {name} occurs twice in the header (columns {first} and {second}). Rename one of them.</source>
        <translation>{name} ustun nomi sarlavhada ikki marta uchraydi ({first}- va {second}-ustunlar). Ulardan birini qayta nomlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="138" />
        <source>The workbook has no sheets.</source>
        <translation>Ishchi kitobda varaqlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="139" />
        <source>The workbook has no sheet {sheet}; its sheets are {names}.</source>
        <translation>Ishchi kitobda {sheet} varagʻi yoʻq; uning varaqlari: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="140" />
        <source>The workbook cannot be read ({reason}).</source>
        <translation>Ishchi kitobni oʻqib boʻlmaydi ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="141" />
        <source>The header row has merged cells {cells}; every column needs its own name in a single cell. Unmerge them and give each column a name.</source>
        <translation>Sarlavha qatorida birlashtirilgan kataklar bor: {cells}; har bir ustunning nomi alohida katakda boʻlishi kerak. Ularni ajrating va har bir ustunga nom bering.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="143" />
        <source>Cell {cell} holds {value} but its column has no name in the header row {row}.</source>
        <translation>{cell} katagida {value} qiymati bor, lekin uning ustunining {row}-sarlavha qatorida nomi yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="145" />
        <source>The survey has no column {name}.</source>
        <translation>Soʻrovnomada {name} ustuni yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="146" />
        <source>A survey variable needs a name.</source>
        <translation>Soʻrovnoma oʻzgaruvchisining nomi boʻlishi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="147" />
        <source>Variable {name}: a level is listed twice in {levels}.</source>
        <translation>{name} oʻzgaruvchisi: {levels} da bir daraja ikki marta koʻrsatilgan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="148" />
        <source>Variable {name}: missing range {low}..{high} is empty.</source>
        <translation>{name} oʻzgaruvchisi: {low}..{high} tushirib qoldirilgan qiymatlar oraligʻi boʻsh.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="149" />
        <source>Give the levels of ordinal variable {name}, lowest first.</source>
        <translation>{name} tartibli oʻzgaruvchisining darajalarini eng pastidan boshlab koʻrsating.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="150" />
        <source>Variable {name}: the values {values} occur in the data but are not among the levels {levels}.</source>
        <translation>{name} oʻzgaruvchisi: {values} qiymatlari maʼlumotlarda bor, lekin {levels} darajalari orasida yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="153" />
        <source>there is no column {column} to use as the ID.</source>
        <translation>ID sifatida ishlatish uchun {column} ustuni yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="154" />
        <source>there is no column {column}.</source>
        <translation>{column} ustuni yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="155" />
        <source>there is no column {column}; columns are {columns}.</source>
        <translation>{column} ustuni yoʻq; mavjud ustunlar: {columns}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="156" />
        <source>rows {rows} have an answer in {text_column} but no ID in {id_column}; the answers cannot be linked to a case.</source>
        <translation>{rows} qatorlarida {text_column} da javob bor, lekin {id_column} da ID yoʻq; bu javoblarni holat bilan bogʻlab boʻlmaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="158" />
        <source>Duplicate IDs in the survey: {keys}. Each ID must occur once.</source>
        <translation>Soʻrovnomada takrorlangan ID lar: {keys}. Har bir ID bir marta uchrashi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="159" />
        <source>Duplicate case keys (after trimming/case-folding): {keys}. Each ID must occur once.</source>
        <translation>Takrorlangan holat kalitlari (boʻshliqlar olib tashlangan/registr hisobga olinmagan holda): {keys}. Har bir ID bir marta uchrashi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="161" />
        <source>IDs in the survey differ only in upper/lower case or surrounding spaces: {keys}. They are kept as different participants; if they are the same person, correct the file (with the trim/ignore-case options they would be duplicates).</source>
        <translation>Soʻrovnomadagi ID lar faqat katta/kichik harf yoki chetdagi boʻshliqlar bilan farq qiladi: {keys}. Ular turli ishtirokchilar sifatida qoldiriladi; agar bu bitta odam boʻlsa, faylni tuzating (boʻshliqlarni olib tashlash va registrni hisobga olmaslik bilan ular takror boʻlib qolardi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="165" />
        <source>Duplicate values in the ID column {column}: {keys}. Each ID must occur once.</source>
        <translation>ID ustuni {column} da takrorlangan qiymatlar: {keys}. Har bir ID bir marta uchrashi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="166" />
        <source>Values in the ID column {column} differ only in upper/lower case or surrounding spaces: {keys}. They are kept as different participants; if they are the same person, correct the file (with the trim/ignore-case options they would be duplicates).</source>
        <translation>ID ustuni {column} dagi qiymatlar faqat katta/kichik harf yoki chetdagi boʻshliqlar bilan farq qiladi: {keys}. Ular turli ishtirokchilar sifatida qoldiriladi; agar bu bitta odam boʻlsa, faylni tuzating (boʻshliqlarni olib tashlash va registrni hisobga olmaslik bilan ular takror boʻlib qolardi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="170" />
        <source>Several survey rows link to the same case: {keys}.</source>
        <translation>Soʻrovnomaning bir nechta qatori bitta holatga bogʻlangan: {keys}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="171" />
        <source>There is no survey table {name} in this project.</source>
        <translation>Bu loyihada {name} soʻrovnoma jadvali yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="172" />
        <source>Unit must be 'case' or 'document', not {unit}.</source>
        <translation>Birlik 'case' yoki 'document' boʻlishi kerak, {unit} emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="173" />
        <source>no speaker is called {names}; its speakers are {speakers}.</source>
        <translation>{names} nomli soʻzlovchi yoʻq; undagi soʻzlovchilar: {speakers}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="174" />
        <source>{language} is not a language code; use two or three letters such as ru, uz or en.</source>
        <translation>{language} til kodi emas; ru, uz yoki en kabi ikki yoki uch harfdan foydalaning.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="177" />
        <source>The codebook is empty.</source>
        <translation>Kodlar kitobi boʻsh.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="178" />
        <source>No column names the codes: add a 'name' (or 'path') column.</source>
        <translation>Hech bir ustunda kod nomlari yoʻq: 'name' (yoki 'path') ustunini qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="179" />
        <source>This row has no code name.</source>
        <translation>Bu qatorda kod nomi yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="180" />
        <source>No table with a 'name' (or 'code') column was found in the document.</source>
        <translation>Hujjatda 'name' (yoki 'code') ustunli jadval topilmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="181" />
        <source>Codebooks can be read from .csv, .xlsx or .docx files.</source>
        <translation>Kodlar kitobini .csv, .xlsx yoki .docx fayllaridan oʻqish mumkin.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="182" />
        <source>This is a REFI-QDA file; import it with File › Import REFI-QDA (.qdpx, .qdc)… (on the command line: qualcode refi import). Codebooks here are read from .csv, .xlsx or .docx files.</source>
        <translation>Bu REFI-QDA fayli; uni Fayl › REFI-QDA import qilish (.qdpx, .qdc)… orqali import qiling (buyruq satrida: qualcode refi import). Bu yerda kodlar kitobi .csv, .xlsx yoki .docx fayllaridan oʻqiladi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="185" />
        <source>The file is {size} MB; a codebook should be far smaller.</source>
        <translation>Fayl hajmi {size} MB; kodlar kitobi ancha kichik boʻlishi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="186" />
        <source>The file could not be read ({reason}).</source>
        <translation>Fayl oʻqilmadi ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="187" />
        <source>This is not a readable Excel workbook ({reason}).</source>
        <translation>Bu oʻqiladigan Excel ishchi kitobi emas ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="188" />
        <source>This is not a readable Word document ({reason}).</source>
        <translation>Bu oʻqiladigan Word hujjati emas ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="189" />
        <source>Codebooks can be written as .csv, .xlsx or .docx, not {suffix}.</source>
        <translation>Kodlar kitobini .csv, .xlsx yoki .docx ga yozish mumkin, {suffix} ga emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="191" />
        <source>Variables {names} are not columns of the data to export.</source>
        <translation>{names} oʻzgaruvchilari eksport qilinadigan maʼlumotlar ustunlari emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="192" />
        <source>These column names are not valid SPSS variable names: {names}.</source>
        <translation>Bu ustun nomlari SPSS oʻzgaruvchi nomi sifatida yaroqsiz: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="193" />
        <source>These column names are not valid Stata variable names: {names}.</source>
        <translation>Bu ustun nomlari Stata oʻzgaruvchi nomi sifatida yaroqsiz: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="194" />
        <source>Stata value labels need whole-number codes; {name} has {codes}.</source>
        <translation>Stata qiymat belgilari butun sonli kodlarni talab qiladi; {name} da {codes} bor.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="195" />
        <source>The {kind} file was not written completely ({reason}).</source>
        <translation>{kind} fayli toʻliq yozilmadi ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="196" />
        <source>The {kind} file was not written completely ({written} of {rows} rows).</source>
        <translation>{kind} fayli toʻliq yozilmadi ({rows} qatordan {written} tasi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="202" />
        <source>(line {n})</source>
        <extracomment>phrases inside lists and places: "(line 3)", "(rows 2, 5)", " and 4 more"</extracomment>
        <translation>({n}-qator)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="203" />
        <source>(page {n})</source>
        <translation>({n}-sahifa)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="204" />
        <source>(row {n})</source>
        <translation>({n}-qator)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="205" />
        <source>(byte {n})</source>
        <translation>({n}-bayt)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="206" />
        <source>(rows {n})</source>
        <translation>({n}-qatorlar)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/import_texts.py" line="207" />
        <source> and {n} more</source>
        <translation> va yana {n} ta</translation>
    </message>
</context>
<context>
    <name>JointDisplayNotes</name>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="20" />
        <source>Cases n/N: linked cases (with transcripts and a survey row), N = {n}.</source>
        <translation>Holatlar n/N: bogʻlangan holatlar (transkripti va soʻrovnoma qatori bor), N = {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="21" />
        <source>Cells: linked cases in the group whose transcripts contain the theme, and their % of the group's linked cases; column n is linked cases (survey n in brackets).</source>
        <translation>Katakchalar: guruhdagi transkriptlarida mavzu uchragan bogʻlangan holatlar va ularning guruh bogʻlangan holatlaridagi %; ustun n — bogʻlangan holatlar (qavs ichida soʻrovnoma n).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="23" />
        <source>{variable} split at the survey median, {cut} (high: at or above).</source>
        <translation>{variable} soʻrovnoma medianasi boʻyicha ajratilgan, {cut} (yuqori: shundan past emas).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="24" />
        <source>{variable} split at the survey threshold, {cut} (high: at or above).</source>
        <translation>{variable} soʻrovnoma chegarasi boʻyicha ajratilgan, {cut} (yuqori: shundan past emas).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="25" />
        <source>The saved analysis was deleted.</source>
        <translation>Saqlangan tahlil oʻchirilgan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="26" />
        <source>The saved analysis of this row was deleted.</source>
        <translation>Bu qatorning saqlangan tahlili oʻchirilgan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="27" />
        <source>The theme was deleted.</source>
        <translation>Mavzu oʻchirilgan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="29" />
        <source>{problem} The theme was deleted.</source>
        <translation>{problem} Mavzu oʻchirilgan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="32" />
        <source>{term} is not a term of {analysis}; terms are {terms}.</source>
        <translation>{term} {analysis} parametri emas; parametrlar: {terms}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="38" />
        <source>Choose the survey variable that defines the groups.</source>
        <translation>Guruhlarni belgilaydigan soʻrovnoma oʻzgaruvchisini tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="39" />
        <source>A threshold grouping needs a threshold value.</source>
        <translation>Chegara boʻyicha guruhlash uchun chegara qiymati kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="40" />
        <source>Give the joint display a name.</source>
        <translation>Birlashgan taqdimotga nom bering.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="41" />
        <source>A statistics-by-themes display needs a grouping variable.</source>
        <translation>«Mavzular boʻyicha statistika» taqdimotiga guruhlovchi oʻzgaruvchi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="42" />
        <source>There is no survey variable {name} in the case table.</source>
        <translation>Holatlar jadvalida {name} soʻrovnoma oʻzgaruvchisi yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="43" />
        <source>There is already a joint display named {name}.</source>
        <translation>{name} nomli birlashgan taqdimot allaqachon bor.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="44" />
        <source>A statistics-by-themes row needs a theme.</source>
        <translation>«Mavzular boʻyicha statistika» qatoriga mavzu kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="45" />
        <source>This project has no joint displays yet.</source>
        <translation>Bu loyihada hali birlashgan taqdimotlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="47" />
        <source>high</source>
        <translation>yuqori</translation>
    </message>
    <message>
        <location filename="../../ui/texts/joint_texts.py" line="47" />
        <source>low</source>
        <translation>past</translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="16" />
        <source>{path} does not exist or is not a project file.</source>
        <translation>{path} mavjud emas yoki loyiha fayli emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="17" />
        <source>{path} already exists; the merge writes a new project file.</source>
        <translation>{path} allaqachon mavjud; birlashtirish yangi loyiha faylini yozadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="18" />
        <source>{path} is given twice; merge two different copies.</source>
        <translation>{path} ikki marta koʻrsatilgan; ikki xil nusxani birlashtiring.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="19" />
        <source>The folder {path} does not exist.</source>
        <translation>{path} jildi mavjud emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="20" />
        <source>decision for {conflict} matches no conflict of this merge; nothing was written.</source>
        <translation>{conflict} uchun qaror bu birlashtirishning hech bir ziddiyatiga mos kelmaydi; hech narsa yozilmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="22" />
        <source>decision {choice} for {conflict} is not one of {options}.</source>
        <translation>{conflict} uchun {choice} qarori variantlardan biri emas: {options}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="23" />
        <source>{path} must hold one JSON object of conflict id -&gt; option strings.</source>
        <translation>{path} da «ziddiyat id -&gt; variant» koʻrinishidagi bitta JSON obyekt boʻlishi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="24" />
        <source>{path}: {conflict} is not a conflict id (kind:entity:id).</source>
        <translation>{path}: {conflict} ziddiyat id si emas (tur:obyekt:id).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="25" />
        <source>{path}: cannot read the decisions file ({reason}).</source>
        <translation>{path}: qarorlar faylini oʻqib boʻlmaydi ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="26" />
        <source>{path} is not a JSON decisions file ({reason}).</source>
        <translation>{path} JSON qarorlar fayli emas ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="27" />
        <source>{count} document(s) only in A were kept: {names}</source>
        <translation>Faqat A da boʻlgan hujjatlar saqlandi ({count} ta): {names}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="28" />
        <source>{count} theme(s) have a different status, definition or narrative in B; A's are kept: {names}</source>
        <translation>B dagi mavzularning holati, taʼrifi yoki bayoni boshqacha ({count} ta); A dagilari saqlandi: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="31" />
        <source>coding {start}-{end} of document {document} by {coder}</source>
        <translation>{document}-hujjatdagi {start}-{end} kodlash, kodlovchi {coder}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="32" />
        <source>memo {title}</source>
        <translation>{title} qaydi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="33" />
        <source>edited {fields}</source>
        <translation>oʻzgartirildi: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="34" />
        <source>edited {fields}; coded new text</source>
        <translation>oʻzgartirildi: {fields}; yangi matn kodlandi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="35" />
        <source>coded new text</source>
        <translation>yangi matn kodlandi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="36" />
        <source>deleted</source>
        <translation>oʻchirilgan</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="41" />
        <source>renamed in one copy, edited in the other</source>
        <translation>bir nusxada qayta nomlangan, boshqasida oʻzgartirilgan</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="42" />
        <source>moved in one copy, edited in the other</source>
        <translation>bir nusxada koʻchirilgan, boshqasida oʻzgartirilgan</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="43" />
        <source>edited in both copies</source>
        <translation>ikkala nusxada oʻzgartirilgan</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="44" />
        <source>deleted in one copy, edited in the other</source>
        <translation>bir nusxada oʻchirilgan, boshqasida oʻzgartirilgan</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="45" />
        <source>memo edited in both copies</source>
        <translation>qayd ikkala nusxada oʻzgartirilgan</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="48" />
        <source>keep both</source>
        <translation>ikkalasini qoldirish</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="49" />
        <source>keep A</source>
        <translation>A ni qoldirish</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="50" />
        <source>keep B</source>
        <translation>B ni qoldirish</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="51" />
        <source>keep it</source>
        <translation>qoldirish</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="52" />
        <source>delete it</source>
        <translation>oʻchirish</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="56" />
        <source>name</source>
        <extracomment>a code's fields, as a field conflict names them ("Barriers / Stigma: definition")</extracomment>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="57" />
        <source>parent</source>
        <translation>yuqori kod</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="58" />
        <source>colour</source>
        <translation>rang</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="59" />
        <source>definition</source>
        <translation>taʼrif</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="60" />
        <source>inclusion criteria</source>
        <translation>kiritish mezonlari</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="61" />
        <source>exclusion criteria</source>
        <translation>chiqarish mezonlari</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="62" />
        <source>example</source>
        <translation>misol</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="63" />
        <source>atypical example</source>
        <translation>noodatiy misol</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="64" />
        <source>quick key</source>
        <translation>tezkor tugma</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="65" />
        <source>position</source>
        <translation>oʻrin</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="66" />
        <source>text</source>
        <translation>matn</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="67" />
        <source>memo</source>
        <translation>qayd</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="70" />
        <source>codes matched by name: {n}</source>
        <translation>nomi boʻyicha moslangan kodlar: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="71" />
        <source>codes added from B: {n}</source>
        <translation>B dan qoʻshilgan kodlar: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="72" />
        <source>codes deleted in A: {n}</source>
        <translation>A da oʻchirilgan kodlar: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="73" />
        <source>codes deleted in B: {n}</source>
        <translation>B da oʻchirilgan kodlar: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="74" />
        <source>documents added from B: {n}</source>
        <translation>B dan qoʻshilgan hujjatlar: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="75" />
        <source>segments added from B: {n}</source>
        <translation>B dan qoʻshilgan parchalar: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="76" />
        <source>segments coded in both: {n}</source>
        <translation>ikkalasida kodlangan parchalar: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="77" />
        <source>segments deleted in A: {n}</source>
        <translation>A da oʻchirilgan parchalar: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="78" />
        <source>segments deleted in B: {n}</source>
        <translation>B da oʻchirilgan parchalar: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/merge_texts.py" line="79" />
        <source>segments dropped with their code: {n}</source>
        <translation>kodi bilan birga olib tashlangan parchalar: {n}</translation>
    </message>
</context>
<context>
    <name>ModelNotes</name>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="15" />
        <source>Listwise deletion: {dropped} of {total} rows dropped (missing: {detail}).</source>
        <translation>Qatorlarni butunlay chiqarish: {total} qatordan {dropped} tasi chiqarildi (yetishmaydi: {detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="16" />
        <source>Reference level of {name}: {level} (lowest level of the ordered scale).</source>
        <translation>{name} tayanch darajasi: {level} (tartibli shkalaning eng past darajasi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="17" />
        <source>Reference level of {name}: {level} (most frequent level, n = {n}); choose another with reference={{...}}.</source>
        <translation>{name} tayanch darajasi: {level} (eng koʻp uchraydigan daraja, n = {n}); boshqasini «Tayanch daraja» maydonida tanlash mumkin.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="19" />
        <source>Standard errors: {cov} (heteroskedasticity-consistent); p-values and 95% CIs use the t distribution with {df} residual df.</source>
        <translation>Standart xatolar: {cov} (geteroskedastiklikka chidamli); p-qiymatlar va 95% IO {df} qoldiq erkinlik darajali t taqsimotidan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="21" />
        <source>Standard errors assume constant variance; t with {df} df.</source>
        <translation>Standart xatolar oʻzgarmas dispersiyani nazarda tutadi; {df} erkinlik darajali t.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="22" />
        <source>Standardised beta: coefficient after refitting with the outcome and every non-0/1 design column ({cols}) z-scored on this model's estimation sample (n = {n}); transforms and interactions are standardised as the columns the model uses; 0/1 and dummy-coded columns are left as 0/1.</source>
        <translation>Standartlashtirilgan β: bogʻliq oʻzgaruvchi va 0/1 boʻlmagan barcha reja ustunlari ({cols}) shu modelning baholash tanlanmasida (n = {n}) z-standartlashtirilgandan keyingi koeffitsiyent; oʻzgartirishlar va oʻzaro taʼsirlar model ustunlari kabi standartlashtiriladi; 0/1 va soxta oʻzgaruvchi ustunlari 0/1 holida qoladi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="26" />
        <source>Odds ratios with Wald 95% CIs, exp(b ± 1.96 SE); unpenalised maximum likelihood.</source>
        <translation>Vald 95% IO bilan shanslar nisbatlari, exp(b ± 1,96 SE); jarimasiz maksimal haqiqatga oʻxshashlik.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="28" />
        <source>OR per SD: odds ratio for a one-standard-deviation increase (SD on the estimation sample).</source>
        <translation>ShN (1 SO): bir standart ogʻishga oshgandagi shanslar nisbati (SO baholash tanlanmasida).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="30" />
        <source>AUC 95% CI by DeLong's method; Hosmer-Lemeshow with 10 groups at quantiles of the fitted probabilities, df = 8.</source>
        <translation>AUC uchun 95% IO DeLong usulida; Xosmer–Lemeshou mezoni bashorat ehtimollari kvantillari boʻyicha 10 guruh bilan, df = 8.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="32" />
        <source>Only {events} cases in the rarer outcome group for {k} coefficients (fewer than 10 per coefficient): estimates may be unstable.</source>
        <translation>Kamroq uchraydigan natija guruhida {k} ta koeffitsiyentga faqat {events} ta holat (har koeffitsiyentga 10 tadan kam): baholar beqaror boʻlishi mumkin.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="34" />
        <source>IRR = exp(b), the multiplicative change in the expected count; Wald z tests and 95% CIs.</source>
        <translation>HChN = exp(b), kutilgan sonning karrali oʻzgarishi; Vald z testlari va 95% IO.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="36" />
        <source>Alpha is estimated at 0 (no over-dispersion): the negative binomial fit equals the Poisson fit.</source>
        <translation>Alpha 0 ga teng baholandi (ortiqcha dispersiya yoʻq): manfiy binomial model Puasson modeliga teng.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="38" />
        <source>Complete-case estimates (n = {n}) are shown beside the pooled ones (cc_*).</source>
        <translation>Toʻliq holatlar boʻyicha baholar (n = {n}) birlashtirilganlari yonida koʻrsatilgan (cc_*).</translation>
    </message>
</context>
<context>
    <name>PrivacyTexts</name>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="12" />
        <source>Two cases would both be called {name} once names are replaced; merge or rename one of them first. Nothing was replaced.</source>
        <translation>Ismlar almashtirilgach ikki holat ham {name} deb atalib qoladi; avval ulardan birini birlashtiring yoki qayta nomlang. Hech narsa almashtirilmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="14" />
        <source>{document}: codings {a} and {b} (same code, same coder) would cover the same words once the name inside them is replaced; remove one of them first. Nothing was replaced.</source>
        <translation>{document}: ichidagi ism almashtirilgach {a} va {b} kodlashlar (bir xil kod, bir xil kodlovchi) ayni bir soʻzlarni qamrab qoladi; avval ulardan birini oʻchiring. Hech narsa almashtirilmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="17" />
        <source>{document}: the text at {start}-{end} is no longer {text}; find identifiers again before applying.</source>
        <translation>{document}: {start}-{end} oʻrindagi matn endi {text} emas; qoʻllashdan oldin identifikatorlarni qayta toping.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="19" />
        <source>{document}: the replacement for {text} is empty.</source>
        <translation>{document}: {text} uchun almashtirish boʻsh.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="20" />
        <source>Replacement at {start}-{end} overlaps another or lies outside the text.</source>
        <translation>{start}-{end} oʻrindagi almashtirish boshqasi bilan kesishadi yoki matndan tashqarida.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="21" />
        <source>The replacement at {start}-{end} is empty; give it a name or a tag.</source>
        <translation>{start}-{end} oʻrindagi almashtirish boʻsh; unga ism yoki belgi bering.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="22" />
        <source>Looking for identifiers was cancelled.</source>
        <translation>Identifikatorlarni qidirish bekor qilindi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="23" />
        <source>This project allows pseudonymised exports only, and {n} identifier(s) are not reviewed yet (the first: a {kind} in {document}); review them with File &gt; Pseudonymise transcripts or 'qualcode pseudonymise'. Nothing was exported.</source>
        <translation>Bu loyiha faqat psevdonimlashtirilgan eksportga ruxsat beradi, hali koʻrib chiqilmagan identifikatorlar: {n} (birinchisi: {document} dagi {kind}); ularni Fayl &gt; Transkriptlarni psevdonimlashtirish yoki «qualcode pseudonymise» orqali koʻrib chiqing. Hech narsa eksport qilinmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="27" />
        <source>is larger than 20 MB; a roster is a list of names.</source>
        <translation>20 MB dan katta; ismlar roʻyxati — bu shunchaki ismlar roʻyxati.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="28" />
        <source>is not UTF-8 text; save the roster as CSV UTF-8.</source>
        <translation>UTF-8 matn emas; ismlar roʻyxatini CSV UTF-8 sifatida saqlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="29" />
        <source>has no 'name' column; the roster needs name,kind,replacement.</source>
        <translation>«name» ustuni yoʻq; ismlar roʻyxatiga name,kind,replacement ustunlari kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="30" />
        <source>kind {kind} is not one of {kinds}.</source>
        <translation>{kind} turi quyidagilardan biri emas: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="32" />
        <source>{what} needs a non-empty password.</source>
        <translation>{what}: boʻsh boʻlmagan parol kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="33" />
        <source>Keeping the mapping needs a non-empty password.</source>
        <translation>Moslikni saqlash uchun boʻsh boʻlmagan parol kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="34" />
        <source>An encrypted copy needs a non-empty password.</source>
        <translation>Shifrlangan nusxaga boʻsh boʻlmagan parol kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="35" />
        <source>This mapping was sealed with an unknown scheme ({scheme}).</source>
        <translation>Bu moslik nomaʼlum sxema ({scheme}) bilan muhrlangan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="36" />
        <source>That password does not open the stored mapping; nothing was shown or changed.</source>
        <translation>Bu parol saqlangan moslikni ochmaydi; hech narsa koʻrsatilmadi va oʻzgartirilmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="37" />
        <source>{path} is the file being read; choose a new name.</source>
        <translation>{path} — oʻqilayotgan fayl; yangi nom tanlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="38" />
        <source>{path} is already an encrypted project: copy the file itself to keep or send it.</source>
        <translation>{path} allaqachon shifrlangan loyiha: uni saqlash yoki yuborish uchun faylning oʻzini nusxalang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="40" />
        <source>{path} is not an encrypted QualCode copy (or was made by another version).</source>
        <translation>{path} shifrlangan QualCode nusxasi emas (yoki boshqa versiyada yaratilgan).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="41" />
        <source>{path} is not an encrypted QualCode copy.</source>
        <translation>{path} shifrlangan QualCode nusxasi emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/privacy_texts.py" line="42" />
        <source>{path}: wrong password (or the file was altered); nothing was written.</source>
        <translation>{path}: parol notoʻgʻri (yoki fayl oʻzgartirilgan); hech narsa yozilmadi.</translation>
    </message>
</context>
<context>
    <name>QuantTexts</name>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="47" />
        <source>{name} ({kind}) is not summarised.</source>
        <translation>{name} ({kind}) tavsiflanmaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="48" />
        <source>{name} has no non-missing values.</source>
        <translation>{name} da tushirib qoldirilmagan qiymatlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="49" />
        <source>{name} has a different value in every row (an identifier?); not summarised.</source>
        <translation>{name} ning har bir qatorda qiymati boshqacha (identifikatormi?); tavsiflanmaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="50" />
        <source>Numeric: mean with t-based 95% CI, SD, quartiles (R type 7). Categories: n and % of non-missing.</source>
        <translation>Sonli: t asosidagi 95% IO bilan oʻrtacha, SD, kvartillar (R, 7-tur). Kategoriyalar: n va tushirib qoldirilmaganlardan %.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="52" />
        <source>{name} is ordinal; its levels are scored 1..{k} in order.</source>
        <translation>{name} tartibli; uning darajalariga tartib boʻyicha 1..{k} ball beriladi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="53" />
        <source>{a}, {b}: not computable (fewer than 3 pairs or a constant variable).</source>
        <translation>{a}, {b}: hisoblab boʻlmaydi (3 tadan kam juftlik yoki oʻzgarmas oʻzgaruvchi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="54" />
        <source>Pearson r; missing data handled pairwise (n per pair shown).</source>
        <translation>Pirson r; tushirib qoldirilgan maʼlumotlar juftlik boʻyicha chiqarildi (har juftlik uchun n koʻrsatilgan).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="55" />
        <source>Spearman rho; missing data handled pairwise (n per pair shown).</source>
        <translation>Spirmen rho; tushirib qoldirilgan maʼlumotlar juftlik boʻyicha chiqarildi (har juftlik uchun n koʻrsatilgan).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="56" />
        <source>{level}% CIs by Fisher's z transformation, SE = 1/sqrt(n - 3).</source>
        <translation>{level}% IO Fisherning z-oʻzgartirishi boʻyicha, SE = 1/sqrt(n - 3).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="57" />
        <source>p_bh: Benjamini-Hochberg adjusted across the {n} pairs of this table.</source>
        <translation>p_bh: ushbu jadvaldagi {n} ta juftlik boʻyicha Benjamini–Xoxberg tuzatmasi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="58" />
        <source>{name} correlates negatively with the other items: should it be reverse-coded?</source>
        <translation>{name} boshqa bandlar bilan manfiy korrelyatsiyaga ega: uni teskari kodlash kerakmi?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="59" />
        <source>Estimate per item: corrected item-total correlation (item vs. the sum of the other items).</source>
        <translation>Band uchun baho: tuzatilgan band–yigʻindi korrelyatsiyasi (band va qolgan bandlar yigʻindisi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="61" />
        <source>Covariances from pairwise-complete observations.</source>
        <translation>Kovariatsiyalar juftlik boʻyicha toʻliq kuzatuvlardan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="62" />
        <source>Covariances from complete observations.</source>
        <translation>Kovariatsiyalar toʻliq kuzatuvlardan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="63" />
        <source>Cronbach's alpha = {alpha}, which reaches the target of {target}.</source>
        <translation>Kronbax alfasi = {alpha}, bu {target} maqsadli qiymatiga yetadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="64" />
        <source>Cronbach's alpha = {alpha}, which falls short of the target of {target}.</source>
        <translation>Kronbax alfasi = {alpha}, bu {target} maqsadli qiymatidan past.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="66" />
        <source>Outcome {outcome} coded 1 = {one}, 0 = {zero} (as R's glm codes a factor: its first level is the reference).</source>
        <translation>{outcome} natijasi 1 = {one}, 0 = {zero} deb kodlandi (R dagi glm faktorni shunday kodlaydi: uning birinchi darajasi tayanch).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="68" />
        <source>All models fitted on the same {n} complete cases of the largest model; the F-change test is the classical (non-robust) nested-model F test.</source>
        <translation>Barcha modellar eng katta modelning bir xil {n} ta toʻliq holatida baholandi; F oʻzgarishi testi — ichma-ich modellar uchun klassik (barqaror boʻlmagan) F testi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="70" />
        <source>Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb).</source>
        <translation>Ortiqcha dispersiya testi: alpha = 0 uchun LR chi2 = {lr} (chegara, chi2(1) dumining yarmi), {p}; alpha = {alpha} (= MASS::glm.nb dagi 1/theta).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="72" />
        <source>Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb). Negative binomial chosen because alpha &gt; 0 (p &lt; .05).</source>
        <translation>Ortiqcha dispersiya testi: alpha = 0 uchun LR chi2 = {lr} (chegara, chi2(1) dumining yarmi), {p}; alpha = {alpha} (= MASS::glm.nb dagi 1/theta). alpha &gt; 0 (p &lt; .05) boʻlgani uchun manfiy binomial model tanlandi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="75" />
        <source>Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb). Poisson kept because the data show no significant over-dispersion (p &gt;= .05).</source>
        <translation>Ortiqcha dispersiya testi: alpha = 0 uchun LR chi2 = {lr} (chegara, chi2(1) dumining yarmi), {p}; alpha = {alpha} (= MASS::glm.nb dagi 1/theta). Puasson modeli qoldirildi: maʼlumotlarda ahamiyatli ortiqcha dispersiya yoʻq (p &gt;= .05).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="78" />
        <source>Over-dispersion test: LR chi2 = {lr} for alpha = 0 (boundary, half the chi2(1) tail), {p}; alpha = {alpha} (= 1/theta of MASS::glm.nb). Poisson was requested although the counts are over-dispersed: its SEs are too small.</source>
        <translation>Ortiqcha dispersiya testi: alpha = 0 uchun LR chi2 = {lr} (chegara, chi2(1) dumining yarmi), {p}; alpha = {alpha} (= MASS::glm.nb dagi 1/theta). Sanoqlarda ortiqcha dispersiya boʻlsa ham Puasson modeli soʻralgan: uning SE lari juda kichik.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="81" />
        <source>No observations in category {levels}; dropped.</source>
        <translation>{levels} kategoriyasida kuzatuvlar yoʻq; u chiqarildi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="82" />
        <source>No observations in categories {levels}; dropped.</source>
        <translation>{levels} kategoriyalarida kuzatuvlar yoʻq; ular chiqarildi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="83" />
        <source>Proportional-odds logit: logit P(Y &lt;= j) = theta_j - x'b; odds ratios &gt; 1 mean higher {outcome} categories are more likely. Wald z tests and 95% CIs.</source>
        <translation>Proporsional shanslar logiti: logit P(Y &lt;= j) = theta_j - x'b; shanslar nisbati &gt; 1 boʻlsa, {outcome} ning yuqoriroq kategoriyalari ehtimolroq. Vald z testlari va 95% IO.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="85" />
        <source>Brant test: the proportional-odds assumption holds (chi2({df}) = {chi2}, {p}).</source>
        <translation>Brant testi: proporsional shanslar farazi bajariladi (chi2({df}) = {chi2}, {p}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="86" />
        <source>The proportional-odds assumption fails for {which}; omnibus chi2({df}) = {chi2}, {p}. The odds ratios average effects that differ between cut-points; read them with caution.</source>
        <translation>Proporsional shanslar farazi {which} uchun bajarilmaydi; umumiy chi2({df}) = {chi2}, {p}. Shanslar nisbatlari chegaralar orasida farq qiladigan taʼsirlarni oʻrtachalaydi; ularni ehtiyotkorlik bilan oʻqing.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="89" />
        <source>the model as a whole</source>
        <translation>butun model</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="90" />
        <source>A partial proportional-odds model with cut-specific odds ratios for {terms} is reported beside it (result.partial; LR test vs proportional odds {p}).</source>
        <translation>Yonida {terms} uchun chegaralarga xos shanslar nisbatlari bilan qisman proporsional shanslar modeli keltirilgan (result.partial; proporsional shanslarga qarshi LR testi {p}).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="92" />
        <source>A partial proportional-odds model could not be fitted soundly (its cumulative probabilities would cross) or no single predictor fails; the separate binary logits behind the Brant test, or a multinomial model, are alternatives.</source>
        <translation>Qisman proporsional shanslar modelini ishonchli baholab boʻlmadi (uning kumulyativ ehtimollari kesishib qolardi) yoki birorta prediktor farazni buzmaydi; muqobillar — Brant testi ortidagi alohida binar logitlar yoki multinomial model.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="95" />
        <source>Brant test not available: one of the binary splits behind it (Y &gt; j against Y &lt;= j) is perfectly separated by the predictors, so its slopes are infinite. The proportional-odds model itself has finite estimates and is reported; check the assumption by inspecting the categories of the separating predictor.</source>
        <translation>Brant testi mavjud emas: uning ortidagi binar boʻlinishlardan biri (Y &gt; j va Y &lt;= j) prediktorlar bilan toʻliq ajraladi, shuning uchun uning qiyaliklari cheksiz. Proporsional shanslar modelining oʻz baholari chekli va u keltirilgan; farazni ajratuvchi prediktor kategoriyalarini koʻrib tekshiring.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="99" />
        <source>Partial proportional-odds logit: {terms} get one coefficient per cut-point (odds ratio of being above that cut); the other predictors keep one common odds ratio.</source>
        <translation>Qisman proporsional shanslar logiti: {terms} har bir chegara uchun bittadan koeffitsiyent oladi (chegaradan yuqori boʻlish shanslar nisbati); qolgan prediktorlarda bitta umumiy shanslar nisbati.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="102" />
        <source>LR test against the proportional-odds model in fit (lr_chi2, lr_df, lr_p).</source>
        <translation>Proporsional shanslar modeliga qarshi LR testi fit ichida (lr_chi2, lr_df, lr_p).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="103" />
        <source>Multiple imputation (m = {m}), pooled with Rubin's rules; t tests and CIs use the Barnard-Rubin degrees of freedom (as mice::pool). fmi = fraction of missing information.</source>
        <translation>Koʻp martalik imputatsiya (m = {m}), Rubin qoidalari bilan birlashtirildi; t testlari va IO Barnard–Rubin erkinlik darajalaridan foydalanadi (mice::pool kabi). fmi — yetishmayotgan axborot ulushi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="106" />
        <source>Imputed by chained equations (PMM with {donors} donors for continuous/count/ordinal, logistic regression for binary; {iterations} iterations; seed {seed}) using {variables}. Missing: {missing}.</source>
        <translation>Zanjirli tenglamalar bilan imputatsiya (uzluksiz/sanoq/tartibli uchun {donors} donorli PMM, binar uchun logistik regressiya; {iterations} iteratsiya; seed {seed}), foydalanilgan: {variables}. Tushirib qoldirilganlar: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="109" />
        <source>none</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="110" />
        <source>Propensity of {exposure} from a logit on {covariates}; stabilised ATE weights P(A=1)/e and P(A=0)/(1-e).</source>
        <translation>{exposure} ga moyillik {covariates} boʻyicha logitdan; barqarorlashtirilgan ATE vaznlari P(A=1)/e va P(A=0)/(1-e).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="112" />
        <source>Propensity of {exposure} from a logit on {covariates}; ATT weights 1 (exposed) and e/(1-e) (unexposed).</source>
        <translation>{exposure} ga moyillik {covariates} boʻyicha logitdan; ATT vaznlari 1 (taʼsirlangan) va e/(1-e) (taʼsirlanmagan).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="114" />
        <source>Weighted outcome model: lm(weights = w) with sandwich::vcovHC(type = 'HC0'), t tests on the residual df (weights treated as known).</source>
        <translation>Vaznli natija modeli: sandwich::vcovHC(type = 'HC0') bilan lm(weights = w), qoldiq df boʻyicha t testlari (vaznlar maʼlum deb olinadi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="116" />
        <source>Weighted outcome model: glm(binomial, weights = w) with sandwich (HC0) SEs, z tests (weights treated as known).</source>
        <translation>Vaznli natija modeli: sandwich (HC0) SE bilan glm(binomial, weights = w), z testlari (vaznlar maʼlum deb olinadi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="118" />
        <source>Balance: standardised mean differences divided by the unweighted pooled SD of the two groups (cobalt/tableone); largest |SMD| {before} before, {after} after weighting (target &lt; 0.1).</source>
        <translation>Muvozanat: standartlashtirilgan oʻrtachalar farqi ikki guruhning vaznsiz umumiy SD siga boʻlingan (cobalt/tableone); eng katta |SMD| vaznlashdan oldin {before}, keyin {after} (maqsad &lt; 0.1).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="121" />
        <source>Some covariates remain imbalanced after weighting (|SMD| &gt;= 0.1): add them to the outcome model.</source>
        <translation>Baʼzi kovariatalar vaznlashdan keyin ham muvozanatsiz (|SMD| &gt;= 0.1): ularni natija modeliga qoʻshing.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="123" />
        <source>Extreme weights (max {max}): estimates may be unstable; check overlap of propensity scores.</source>
        <translation>Haddan tashqari vaznlar (maksimum {max}): baholar beqaror boʻlishi mumkin; moyillik baholarining kesishishini tekshiring.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="131" />
        <source>{name} is not a column of the data.</source>
        <extracomment>the errors a researcher meets when a model cannot be fitted ("The model could not be fitted: …")</extracomment>
        <translation>{name} maʼlumotlar ustuni emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="132" />
        <source>The formula uses {name}, which is not a column of the data.</source>
        <translation>Formulada {name} ishlatilgan, lekin maʼlumotlarda bunday ustun yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="133" />
        <source>Column {name} has no non-missing values.</source>
        <translation>{name} ustunida tushirib qoldirilmagan qiymatlar yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="134" />
        <source>No row has all of {variables} observed.</source>
        <translation>Hech bir qatorda {variables} ning barchasi kuzatilmagan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="135" />
        <source>{name} holds numbers but also text ({values}); recode those values as missing or numbers, or declare the column categorical.</source>
        <translation>{name} da sonlar bilan birga matn ham bor ({values}); bu qiymatlarni tushirib qoldirilgan yoki son qilib qayta kodlang yoki ustunni kategorial deb belgilang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="137" />
        <source>{name} has only one level ({level}) in the estimation sample, so it cannot be a predictor.</source>
        <translation>{name} ning baholash tanlanmasida faqat bitta darajasi bor ({level}), shuning uchun u prediktor boʻla olmaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="139" />
        <source>{name} is a {kind} variable and cannot be a model predictor.</source>
        <translation>{name} — {kind} turidagi oʻzgaruvchi va model prediktori boʻla olmaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="140" />
        <source>Only {n} complete cases for {k} coefficients; the model cannot be fitted.</source>
        <translation>{k} ta koeffitsiyent uchun atigi {n} ta toʻliq holat; modelni baholab boʻlmaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="141" />
        <source>Predictor column {name} is constant in the estimation sample (all values {value}); drop it from the model.</source>
        <translation>{name} prediktor ustuni baholash tanlanmasida oʻzgarmas (barcha qiymatlar {value}); uni modeldan olib tashlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="143" />
        <source>Predictor column {names} is a linear combination of the other predictors, exactly or to within R's lm tolerance of 1e-7 (lm reports such columns as aliased, with NA coefficients); drop it or the predictor it duplicates.</source>
        <translation>{names} prediktor ustuni boshqa prediktorlarning chiziqli kombinatsiyasi — aniq yoki R dagi lm ning 1e-7 chegarasida (lm bunday ustunlarni aliased deb, NA koeffitsiyentlar bilan koʻrsatadi); uni yoki u takrorlayotgan prediktorni olib tashlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="146" />
        <source>Predictor column {names} are linear combinations of the other predictors, exactly or to within R's lm tolerance of 1e-7 (lm reports such columns as aliased, with NA coefficients); drop it or the predictor it duplicates.</source>
        <translation>{names} prediktor ustunlari boshqa prediktorlarning chiziqli kombinatsiyalari — aniq yoki R dagi lm ning 1e-7 chegarasida (lm bunday ustunlarni aliased deb, NA koeffitsiyentlar bilan koʻrsatadi); ularni yoki ular takrorlayotgan prediktorlarni olib tashlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="149" />
        <source>The {kind} model cannot be estimated on these data (singular matrix): too few cases for the number of terms, predictors that duplicate each other, or an outcome split that one predictor separates perfectly.</source>
        <translation>{kind} modelini bu maʼlumotlarda baholab boʻlmaydi (xos matritsa): hadlar soniga nisbatan holatlar juda kam, prediktorlar bir-birini takrorlaydi yoki bitta prediktor natijani toʻliq ajratadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="152" />
        <source>The outcome {name} must be coded 0/1; it has values {values}.</source>
        <translation>{name} natijasi 0/1 deb kodlanishi kerak; uning qiymatlari: {values}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="153" />
        <source>The outcome {name} takes only one value in the estimation sample.</source>
        <translation>{name} natijasi baholash tanlanmasida faqat bitta qiymat oladi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="154" />
        <source>The outcome {name} has {n} distinct values ({values}); a logit needs two. Code it 0/1.</source>
        <translation>{name} natijasining {n} ta turli qiymati bor ({values}); logit uchun ikkitasi kerak. Uni 0/1 deb kodlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="156" />
        <source>Separation: every case with {column} = {value} has {outcome} = {y}, so the odds ratio of {column} is infinite. Drop or merge {column}, or use a penalised (Firth) model.</source>
        <translation>Ajralish: {column} = {value} boʻlgan barcha holatlarda {outcome} = {y}, shuning uchun {column} ning shanslar nisbati cheksiz. {column} ni olib tashlang yoki birlashtiring yoki jarimali (Firth) modeldan foydalaning.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="159" />
        <source>Separation: a combination of the predictors classifies the outcome perfectly (or perfectly on one side), so maximum-likelihood odds ratios are infinite. Simplify the model, merge sparse categories, or use a penalised (Firth) model.</source>
        <translation>Ajralish: prediktorlar birikmasi natijani xatosiz (yoki bir tomondan xatosiz) tasniflaydi, shuning uchun maksimal haqiqatga oʻxshashlik shanslar nisbatlari cheksiz. Modelni soddalashtiring, siyrak kategoriyalarni birlashtiring yoki jarimali (Firth) modeldan foydalaning.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="162" />
        <source>The logistic model did not converge in {n} iterations; this usually means (quasi-)separation or too many predictors for the number of events.</source>
        <translation>Logistik model {n} iteratsiyada yaqinlashmadi; bu odatda (kvazi)ajralishni yoki hodisalar soniga nisbatan prediktorlar juda koʻpligini bildiradi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="164" />
        <source>{outcome} has {n} observed categories; an ordinal model needs at least 3 (use a binary logit for 2).</source>
        <translation>{outcome} da {n} ta kuzatilgan kategoriya bor; tartibli model uchun kamida 3 ta kerak (2 tasi uchun binar logitdan foydalaning).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="166" />
        <source>The proportional-odds model did not converge (a category may be nearly empty).</source>
        <translation>Proporsional shanslar modeli yaqinlashmadi (qaysidir kategoriya deyarli boʻsh boʻlishi mumkin).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="168" />
        <source>{outcome} must be a non-negative whole-number count.</source>
        <translation>{outcome} manfiy boʻlmagan butun sanoq boʻlishi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="169" />
        <source>{name} is nominal with {n} levels and has missing values; multiple imputation here handles continuous, count, ordinal and binary variables only.</source>
        <translation>{name} — {n} darajali nominal oʻzgaruvchi va unda tushirib qoldirilgan qiymatlar bor; bu yerdagi koʻp martalik imputatsiya faqat uzluksiz, sanoq, tartibli va binar oʻzgaruvchilar bilan ishlaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="171" />
        <source>{sentence} Affected: {names}.</source>
        <translation>{sentence} Taʼsirlanganlar: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="172" />
        <source>Separation: a combination of the predictors orders the outcome categories perfectly (or perfectly at one cut-point), so the proportional-odds estimates are infinite. Simplify the model or merge sparse categories.</source>
        <translation>Ajralish: prediktorlar birikmasi natija kategoriyalarini xatosiz (yoki bitta chegarada xatosiz) tartiblaydi, shuning uchun proporsional shanslar baholari cheksiz. Modelni soddalashtiring yoki siyrak kategoriyalarni birlashtiring.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="175" />
        <source>A binary split of the ordinal outcome is perfectly separated; the Brant test is not available.</source>
        <translation>Tartibli natijaning binar boʻlinishlaridan biri toʻliq ajralgan; Brant testi mavjud emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="177" />
        <source>The order of the outcome categories {categories} is unknown; pass levels=[lowest, ..., highest] or an ordered pandas Categorical.</source>
        <translation>Natija kategoriyalari {categories} ning tartibi nomaʼlum; darajalarni eng pastidan eng yuqorisigacha koʻrsating (levels=[...]) yoki tartiblangan pandas Categorical bering.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="179" />
        <source>Outcome value {value} is not among the given levels {levels}.</source>
        <translation>{value} natija qiymati berilgan {levels} darajalari orasida yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="180" />
        <source>The count outcome {outcome} is 0 for every case in the estimation sample, so there is no variation to model (R's glm reports fitted rates of 0 and an intercept running to -Inf).</source>
        <translation>{outcome} sanoq natijasi baholash tanlanmasidagi barcha holatlarda 0 ga teng, shuning uchun modellashtirish uchun oʻzgaruvchanlik yoʻq (R dagi glm 0 ga teng bashorat qilingan chastotalar va -Inf ga ketadigan ozod hadni beradi).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="183" />
        <source>The logistic model could not be fitted: {reason}</source>
        <translation>Logistik modelni baholab boʻlmadi: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="184" />
        <source>An observation has leverage 1 (a category with a single case), so {cov} standard errors are undefined; merge rare categories.</source>
        <translation>Bitta kuzatuvning levereji 1 ga teng (yagona holatli kategoriya), shuning uchun {cov} standart xatolari aniqlanmagan; siyrak kategoriyalarni birlashtiring.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="186" />
        <source>{small} is not nested in {large}: every term must be kept.</source>
        <translation>{small} {large} ichiga joylashmagan: barcha hadlar saqlanishi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="187" />
        <source>Give the variables to analyse (variables=[...] or a formula such as 'PWB + PSSI').</source>
        <translation>Tahlil qilinadigan oʻzgaruvchilarni koʻrsating (variables=[...] yoki 'PWB + PSSI' kabi formula).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="189" />
        <source>A {kind} model needs a formula such as 'y ~ x1 + x2'.</source>
        <translation>{kind} modeliga 'y ~ x1 + x2' kabi formula kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="190" />
        <source>A model formula needs exactly one '~': {formula}</source>
        <translation>Model formulasida aynan bitta '~' boʻlishi kerak: {formula}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="191" />
        <source>The formula {formula} has no outcome variable from the data.</source>
        <translation>{formula} formulasida maʼlumotlardagi natija oʻzgaruvchisi yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="192" />
        <source>The outcome of {formula} must be one numeric column.</source>
        <translation>{formula} dagi natija bitta sonli ustun boʻlishi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="193" />
        <source>Cannot build the model from {formula}: {reason}</source>
        <translation>{formula} boʻyicha modelni tuzib boʻlmaydi: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="194" />
        <source>Reference level {reference} of {name} does not occur in the estimation sample; levels are {levels}.</source>
        <translation>{name} ning {reference} tayanch darajasi baholash tanlanmasida uchramaydi; darajalar: {levels}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="196" />
        <source>{name} is declared {kind} but has non-numeric values.</source>
        <translation>{name} {kind} deb belgilangan, lekin unda son boʻlmagan qiymatlar bor.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="197" />
        <source>Column(s) not in the data: {names}.</source>
        <translation>Maʼlumotlarda yoʻq ustunlar: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="198" />
        <source>{name} holds numbers but also text ({values}); recode those values as missing or numbers first.</source>
        <translation>{name} da sonlar bilan birga matn ham bor ({values}); avval bu qiymatlarni tushirib qoldirilgan yoki son qilib qayta kodlang.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="200" />
        <source>{name} is not numeric; score it (e.g. low=1, medium=2, high=3) first.</source>
        <translation>{name} sonli emas; avval unga ball bering (masalan, low=1, medium=2, high=3).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="201" />
        <source>A correlation table needs at least two variables.</source>
        <translation>Korrelyatsiya jadvali uchun kamida ikkita oʻzgaruvchi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="202" />
        <source>DeLong's AUC variance needs at least two cases and two controls.</source>
        <translation>DeLong boʻyicha AUC dispersiyasi uchun kamida ikkita holat va ikkita nazorat kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="203" />
        <source>The imputed data sets gave models with different terms; they cannot be pooled.</source>
        <translation>Imputatsiya qilingan maʼlumotlar toʻplamlari turli hadli modellar berdi; ularni birlashtirib boʻlmaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="204" />
        <source>{name} has fewer than 2 observed values; it cannot be imputed.</source>
        <translation>{name} da 2 tadan kam kuzatilgan qiymat bor; uni imputatsiya qilib boʻlmaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="205" />
        <source>The propensity model is (nearly) perfectly separated: some covariate pattern determines the exposure, so weights would be infinite.</source>
        <translation>Moyillik modeli (deyarli) toʻliq ajralgan: qaysidir kovariatalar birikmasi taʼsirni belgilaydi, shuning uchun vaznlar cheksiz boʻlardi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="207" />
        <source>The propensity model did not converge in 100 iterations.</source>
        <translation>Moyillik modeli 100 iteratsiyada yaqinlashmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="208" />
        <source>Give at least one covariate for the propensity model.</source>
        <translation>Moyillik modeli uchun kamida bitta kovariata koʻrsating.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="209" />
        <source>The outcome formula must contain the exposure {exposure}.</source>
        <translation>Natija formulasida {exposure} taʼsiri boʻlishi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="210" />
        <source>The exposure {exposure} must be coded 0/1 with both groups present.</source>
        <translation>{exposure} taʼsiri 0/1 deb kodlanishi va ikkala guruh ham boʻlishi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="211" />
        <source>A logit outcome model needs {name} coded 0/1.</source>
        <translation>Logit natija modeli uchun {name} 0/1 deb kodlanishi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="212" />
        <source>Cronbach's alpha needs at least two items.</source>
        <translation>Kronbax alfasi uchun kamida ikkita band kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="213" />
        <source>Item column(s) not in the data: {names}.</source>
        <translation>Maʼlumotlarda yoʻq band ustunlari: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="214" />
        <source>Item {name} is not numeric.</source>
        <translation>{name} bandi sonli emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="215" />
        <source>Some item pairs have fewer than two joint observations.</source>
        <translation>Baʼzi band juftliklarida ikkitadan kam birgalikdagi kuzatuv bor.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/quant_texts.py" line="216" />
        <source>Item(s) {names} are constant; alpha is undefined.</source>
        <translation>{names} bandlari oʻzgarmas; alfa aniqlanmagan.</translation>
    </message>
</context>
<context>
    <name>RefiTexts</name>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="18" />
        <source>REFI-QDA files end in .qdpx (a project) or .qdc (a codebook).</source>
        <translation>REFI-QDA fayllari .qdpx (loyiha) yoki .qdc (kodlar kitobi) bilan tugaydi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="19" />
        <source>The archive member {member} points outside the archive (a zip path-traversal attack); refusing the file.</source>
        <translation>Arxivdagi {member} elementi arxivdan tashqariga ishora qiladi (zip yoʻl aylanib oʻtish hujumi); fayl rad etildi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="21" />
        <source>The archive would inflate to {size} bytes; the limit is {limit}. Refusing a possible zip bomb.</source>
        <translation>Arxiv ochilganda {size} bayt boʻlardi; chegara — {limit}. Ehtimoliy zip-bomba rad etildi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="23" />
        <source>The archive has no project.qde; is it really a REFI-QDA project?</source>
        <translation>Arxivda project.qde yoʻq; bu haqiqatan REFI-QDA loyihasimi?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="24" />
        <source>The archive has {count} .qde files; expected one project.qde.</source>
        <translation>Arxivda {count} ta .qde fayl bor; bitta project.qde kutilgan edi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="25" />
        <source>The file is {size} bytes; the limit is {limit}.</source>
        <translation>Fayl hajmi {size} bayt; chegara — {limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="26" />
        <source>The file is larger than {limit} bytes; not a codebook.</source>
        <translation>Fayl {limit} baytdan katta; bu kodlar kitobi emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="27" />
        <source>The root element is &lt;{tag}&gt;, not a REFI-QDA &lt;CodeBook&gt;.</source>
        <translation>Ildiz element &lt;{tag}&gt;, REFI-QDA &lt;CodeBook&gt; emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="28" />
        <source>The root element is &lt;{tag}&gt;, not a REFI-QDA &lt;Project&gt;.</source>
        <translation>Ildiz element &lt;{tag}&gt;, REFI-QDA &lt;Project&gt; emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="29" />
        <source>The REFI-QDA file we built does not validate against {schema} (line {line}: {detail}); nothing was written. This is a bug in QualCode: please report it.</source>
        <translation>Yaratilgan REFI-QDA fayli {schema} boʻyicha tekshiruvdan oʻtmadi ({line}-qator: {detail}); hech narsa yozilmadi. Bu QualCode xatosi: iltimos, bu haqda xabar bering.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="37" />
        <source>Description given as an attribute, read as the element</source>
        <extracomment>what an import or export adapted or could not keep (the report's phrases)</extracomment>
        <translation>tavsif atribut sifatida berilgan, element sifatida oʻqildi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="38" />
        <source>empty &lt;Sets/&gt; accepted (the schema wants at least one Set)</source>
        <translation>boʻsh &lt;Sets/&gt; qabul qilindi (sxema kamida bitta Set talab qiladi)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="39" />
        <source>plainTextPath without internal:// looked up in sources/</source>
        <translation>internal:// siz plainTextPath sources/ ichidan qidirildi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="40" />
        <source>byte-order mark at the start of a plain text (positions count from after it)</source>
        <translation>oddiy matn boshida bayt tartibi belgisi (pozitsiyalar undan keyin sanaladi)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="41" />
        <source>plain text not in UTF-8, read as Windows-1252</source>
        <translation>oddiy matn UTF-8 da emas, Windows-1252 sifatida oʻqildi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="42" />
        <source>text taken from the rich-text (.docx) source: the plain text was missing or empty (positions follow our text of the document)</source>
        <translation>matn formatlangan manbadan (.docx) olindi: oddiy matn yoʻq yoki boʻsh edi (pozitsiyalar hujjatning bizdagi matniga koʻra)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="44" />
        <source>CRLF line ends turned into LF (positions mapped exactly)</source>
        <translation>CRLF qator oxirlari LF ga almashtirildi (pozitsiyalar aniq qayta hisoblandi)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="45" />
        <source>CR line ends turned into LF (positions mapped exactly)</source>
        <translation>CR qator oxirlari LF ga almashtirildi (pozitsiyalar aniq qayta hisoblandi)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="46" />
        <source>selections with start after end, swapped</source>
        <translation>boshi oxiridan keyin boʻlgan belgilashlar: boshi va oxiri almashtirildi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="47" />
        <source>selections reaching outside their text, clipped to it</source>
        <translation>oʻz matnidan chiqib ketgan belgilashlar matn chegarasigacha qirqildi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="48" />
        <source>project file named {member}, not project.qde</source>
        <translation>loyiha fayli project.qde emas, {member} deb nomlangan</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="49" />
        <source>three-digit colours widened to six digits</source>
        <translation>uch xonali ranglar olti xonagacha kengaytirildi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="50" />
        <source>colours that are not #rrggbb replaced by a palette colour</source>
        <translation>#rrggbb koʻrinishida boʻlmagan ranglar palitradagi rang bilan almashtirildi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="51" />
        <source>codes without a colour given a palette colour</source>
        <translation>rangsiz kodlarga palitradan rang berildi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="52" />
        <source>code names with blank or line-break characters tidied</source>
        <translation>boʻshliq yoki qator koʻchirish belgilari bor kod nomlari tartibga keltirildi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="53" />
        <source>code names longer than 200 characters shortened</source>
        <translation>200 belgidan uzun kod nomlari qisqartirildi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="54" />
        <source>folders (isCodable=false) kept as ordinary codes</source>
        <translation>jildlar (isCodable=false) oddiy kodlar sifatida saqlandi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="55" />
        <source>codes that already existed (same path) reused as they are, not duplicated (the file's colour and description not applied)</source>
        <translation>allaqachon mavjud kodlar (xuddi shu yoʻl) boricha ishlatildi, takrorlanmadi (fayldagi rang va tavsif qoʻllanmadi)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="57" />
        <source>notes not attached to anything kept as project memos</source>
        <translation>hech narsaga biriktirilmagan izohlar loyiha qaydlari sifatida saqlandi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="58" />
        <source>cases that already existed (same name) reused; their variables left as they were</source>
        <translation>allaqachon mavjud holatlar (xuddi shu nom) qayta ishlatildi; ularning oʻzgaruvchilari oʻzgarishsiz qoldi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="60" />
        <source>sources in more than one case: linked to the first case only</source>
        <translation>bir nechta holatdagi manbalar: faqat birinchi holatga bogʻlandi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="61" />
        <source>documents renamed because the name was taken or blank</source>
        <translation>nom band yoki boʻsh boʻlgani uchun hujjatlar qayta nomlandi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="62" />
        <source>notes on uncoded selections kept as document memos naming the text</source>
        <translation>kodlanmagan belgilashlardagi izohlar matnni koʻrsatgan holda hujjat qaydlari sifatida saqlandi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="63" />
        <source>codings without a known user attributed to {coder}</source>
        <translation>maʼlum foydalanuvchisi yoʻq kodlashlar {coder} ga biriktirildi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="64" />
        <source>the same code on the same text by the same user, kept once</source>
        <translation>bir foydalanuvchining bir matndagi bir xil kodi bir marta saqlandi</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="66" />
        <source>text sources whose text is not in the archive</source>
        <translation>matni arxivda boʻlmagan matn manbalari</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="67" />
        <source>selections of those sources</source>
        <translation>shu manbalardagi belgilashlar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="68" />
        <source>selections with positions that are not numbers</source>
        <translation>pozitsiyalari raqam boʻlmagan belgilashlar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="69" />
        <source>empty selections</source>
        <translation>boʻsh belgilashlar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="70" />
        <source>codings of whole sources (no selection)</source>
        <translation>butun manbalarni kodlash (belgilashsiz)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="71" />
        <source>selections inside notes</source>
        <translation>izohlar ichidagi belgilashlar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="72" />
        <source>codes attached to cases</source>
        <translation>holatlarga biriktirilgan kodlar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="73" />
        <source>selections attached to cases</source>
        <translation>holatlarga biriktirilgan belgilashlar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="74" />
        <source>picture sources</source>
        <translation>rasm manbalari</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="75" />
        <source>PDF sources</source>
        <translation>PDF manbalari</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="76" />
        <source>audio sources</source>
        <translation>audio manbalari</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="77" />
        <source>video sources</source>
        <translation>video manbalari</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="78" />
        <source>selections in {sources}</source>
        <translation>belgilashlar: {sources}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="79" />
        <source>graphs</source>
        <translation>graflar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="80" />
        <source>references to notes that are not in the file</source>
        <translation>faylda boʻlmagan izohlarga havolalar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="81" />
        <source>speaker turns that do not fit their document's text</source>
        <translation>oʻz hujjati matniga mos kelmaydigan replikalar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="82" />
        <source>variable values on sources (QualCode keeps variables on cases)</source>
        <translation>manbalardagi oʻzgaruvchi qiymatlari (QualCode oʻzgaruvchilarni holatlarda saqlaydi)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="83" />
        <source>selections without a code or a note</source>
        <translation>kodsiz va izohsiz belgilashlar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="84" />
        <source>codings whose code is not in the file</source>
        <translation>kodi faylda boʻlmagan kodlashlar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="85" />
        <source>links between objects (QualCode has no links)</source>
        <translation>obyektlar orasidagi bogʻlanishlar (QualCode da bogʻlanishlar yoʻq)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="86" />
        <source>QualCode extension (themes, case memos, speaker turns) that could not be read</source>
        <translation>oʻqib boʻlmagan QualCode kengaytmasi (mavzular, holat qaydlari, replikalar)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="87" />
        <source>themes in the extension that could not be read</source>
        <translation>kengaytmadagi oʻqib boʻlmagan mavzular</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="88" />
        <source>set members that are not codes or documents kept here (notes, missing objects)</source>
        <translation>bu yerda saqlangan kod yoki hujjat boʻlmagan toʻplam aʼzolari (izohlar, mavjud boʻlmagan obyektlar)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="91" />
        <source>survey tables (export them as CSV/XLSX/SAV)</source>
        <translation>soʻrovnoma jadvallari (ularni CSV/XLSX/SAV ga eksport qiling)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="92" />
        <source>saved analyses</source>
        <translation>saqlangan tahlillar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="93" />
        <source>joint displays</source>
        <translation>birlashgan taqdimotlar</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="94" />
        <source>thematic map boxes</source>
        <translation>tematik xarita bloklari</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="102" />
        <source>%Ln user(s)</source>
        <translation><numerusform>%Ln ta foydalanuvchi</numerusform><numerusform>%Ln ta foydalanuvchi</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="103" />
        <source>%Ln code(s)</source>
        <translation><numerusform>%Ln ta kod</numerusform><numerusform>%Ln ta kod</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="104" />
        <source>%Ln source(s)</source>
        <translation><numerusform>%Ln ta manba</numerusform><numerusform>%Ln ta manba</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="105" />
        <source>%Ln selection(s)</source>
        <translation><numerusform>%Ln ta belgilash</numerusform><numerusform>%Ln ta belgilash</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="106" />
        <source>%Ln coding(s)</source>
        <translation><numerusform>%Ln ta kodlash</numerusform><numerusform>%Ln ta kodlash</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="107" />
        <source>%Ln case(s)</source>
        <translation><numerusform>%Ln ta holat</numerusform><numerusform>%Ln ta holat</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="108" />
        <source>%Ln variable(s)</source>
        <translation><numerusform>%Ln ta oʻzgaruvchi</numerusform><numerusform>%Ln ta oʻzgaruvchi</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="109" />
        <source>%Ln note(s)</source>
        <translation><numerusform>%Ln ta izoh</numerusform><numerusform>%Ln ta izoh</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="110" />
        <source>%Ln set(s)</source>
        <translation><numerusform>%Ln ta toʻplam</numerusform><numerusform>%Ln ta toʻplam</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="111" />
        <source>%Ln link(s)</source>
        <translation><numerusform>%Ln ta bogʻlanish</numerusform><numerusform>%Ln ta bogʻlanish</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/texts/refi_texts.py" line="112" />
        <source>%Ln theme(s)</source>
        <translation><numerusform>%Ln ta mavzu</numerusform><numerusform>%Ln ta mavzu</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="124" />
        <source>{file}: {kept}.</source>
        <translation>{file}: {kept}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="125" />
        <source>nothing</source>
        <translation>hech narsa</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="126" />
        <source>Adapted:</source>
        <translation>Moslashtirildi:</translation>
    </message>
    <message>
        <location filename="../../ui/texts/refi_texts.py" line="127" />
        <source>Not kept:</source>
        <translation>Saqlanmadi:</translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="12" />
        <source>Another coder changed this at the same moment; your change was not saved and nothing of theirs was overwritten. The view now shows their version: look, then try again.</source>
        <translation>Boshqa kodlovchi buni aynan shu paytda oʻzgartirdi; sizning oʻzgarishingiz saqlanmadi va uning ishidan hech narsa ustiga yozilmadi. Hozir uning versiyasi koʻrsatilmoqda: koʻrib chiqing va qayta urinib koʻring.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="15" />
        <source>This text is already coded with that code.</source>
        <translation>Bu matn allaqachon shu kod bilan kodlangan.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="16" />
        <source>{path} is read-only: you can browse, search and export it, but not change it. Copy it to a folder you can write to (or ask its owner for write access) to edit it.</source>
        <translation>{path} faqat oʻqish uchun: uni koʻrish, unda qidirish va eksport qilish mumkin, lekin oʻzgartirib boʻlmaydi. Tahrirlash uchun uni yozish mumkin boʻlgan jildga nusxalang (yoki egasidan yozish huquqini soʻrang).</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="19" />
        <source>{path} is busy: another program kept it locked for too long. Nothing was changed; try again in a moment.</source>
        <translation>{path} band: boshqa dastur uni juda uzoq vaqt qulflab turdi. Hech narsa oʻzgarmadi; birozdan keyin qayta urinib koʻring.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="21" />
        <source>The server refused the change: your role on {path} does not allow it (viewers can browse, search and export, not edit). Nothing was changed.</source>
        <translation>Server oʻzgarishni rad etdi: {path} dagi rolingiz bunga ruxsat bermaydi (kuzatuvchilar koʻrishi, qidirishi va eksport qilishi mumkin, tahrirlay olmaydi). Hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="23" />
        <source>{path}: the saved changes could not be folded back into the project file ({detail}); they are kept in {wal}, which must stay beside it.</source>
        <translation>{path}: saqlangan oʻzgarishlarni loyiha fayliga qaytarib boʻlmadi ({detail}); ular {wal} da saqlanadi, u loyiha fayli yonida turishi kerak.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="25" />
        <source>{path} is not a QualCode project (it is not a database file), unless it is an encrypted project: then give its password.</source>
        <translation>{path} QualCode loyihasi emas (bu maʼlumotlar bazasi fayli emas), agar u shifrlangan loyiha boʻlmasa: unda uning parolini kiriting.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="27" />
        <source>{path}: wrong password (or not a QualCode project); nothing was changed.</source>
        <translation>{path}: parol notoʻgʻri (yoki bu QualCode loyihasi emas); hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="28" />
        <source>A database server project cannot be encrypted by QualCode: encryption at rest is the server's job.</source>
        <translation>Maʼlumotlar bazasi serveridagi loyihani QualCode shifrlamaydi: saqlanayotgan maʼlumotlarni shifrlash serverning vazifasi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="30" />
        <source>{path} is already encrypted; use `qualcode passwd` to change its password.</source>
        <translation>{path} allaqachon shifrlangan; parolini oʻzgartirish uchun `qualcode passwd` dan foydalaning.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="31" />
        <source>The new password for {path} must not be empty; nothing was changed.</source>
        <translation>{path} uchun yangi parol boʻsh boʻlmasligi kerak; hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="32" />
        <source>table {table} has broken references</source>
        <translation>{table} jadvalida buzilgan havolalar bor</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="33" />
        <source>The disk is full: could not write {path}; the previous {name} is unchanged.</source>
        <translation>Disk toʻlgan: {path} yozilmadi; avvalgi {name} oʻzgarmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="34" />
        <source>The disk is full: could not write {path}; no {name} was written.</source>
        <translation>Disk toʻlgan: {path} yozilmadi; {name} yozilmadi.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="35" />
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} yozilmadi: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="36" />
        <source>Coded segments can be written as .csv or .xlsx, not {suffix}.</source>
        <translation>Kodlangan parchalarni .csv yoki .xlsx ga yozish mumkin, {suffix} ga emas.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="38" />
        <source>There is no case {id}.</source>
        <translation>{id} holati yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="39" />
        <source>There is no code {id}.</source>
        <translation>{id} kodi yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="40" />
        <source>There is no document {id}.</source>
        <translation>{id} hujjati yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="41" />
        <source>There is no memo {id}.</source>
        <translation>{id} qaydi yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="42" />
        <source>There is no coded segment {id}.</source>
        <translation>{id} kodlangan parchasi yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="43" />
        <source>There is no theme {id}.</source>
        <translation>{id} mavzusi yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="44" />
        <source>There is no saved analysis {id}.</source>
        <translation>{id} saqlangan tahlili yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="45" />
        <source>There is no joint display {id}.</source>
        <translation>{id} birlashgan taqdimoti yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="46" />
        <source>There is no joint display row {id}.</source>
        <translation>{id} birlashgan taqdimot qatori yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="47" />
        <source>There is no map node {id}.</source>
        <translation>{id} xarita bloki yoʻq.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/storage_texts.py" line="48" />
        <source>There is no map link {id}.</source>
        <translation>{id} xarita bogʻlanishi yoʻq.</translation>
    </message>
</context>
<context>
    <name>TeamTexts</name>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="11" />
        <source>agreement needs at least two coders (rows); got {n}</source>
        <translation>kelishuv uchun kamida ikki kodlovchi (qator) kerak; berilgani: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="12" />
        <source>the matrix has no coded value at all</source>
        <translation>matritsada birorta ham kodlangan qiymat yoʻq</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="13" />
        <source>there is no coder {name} in this project (coders: {names})</source>
        <translation>bu loyihada {name} kodlovchisi yoʻq (kodlovchilar: {names})</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="14" />
        <source>none yet</source>
        <translation>hali yoʻq</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="15" />
        <source>there is no code with id {id}</source>
        <translation>id {id} boʻlgan kod yoʻq</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="16" />
        <source>there is no coder with id {id}</source>
        <translation>id {id} boʻlgan kodlovchi yoʻq</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="17" />
        <source>choose two different coders to compare</source>
        <translation>solishtirish uchun ikki xil kodlovchini tanlang</translation>
    </message>
    <message>
        <location filename="../../ui/texts/team_texts.py" line="18" />
        <source>a memo decision needs the memo's text</source>
        <translation>qayd bilan qaror uchun qayd matni kerak</translation>
    </message>
</context>
</TS>