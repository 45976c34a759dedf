<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uz_UZ">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Saqlash</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Hammasini saqlash</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ochish</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ha</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Hammasiga h&amp;a</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Yoʻq</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Hammasiga y&amp;oʻq</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Toʻxtatish</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Qayta urinish</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Eʼtiborsiz qoldirish</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Yopish</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Bekor qilish</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Tashlab yuborish</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Yordam</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Qoʻllash</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Tiklash</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Standartni tiklash</translation>
    </message>
    <message>
      <source>Don't Save</source>
      <translation>Saqlamaslik</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Saqlamasdan yopish</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Tafsilotlarni koʻrsatish...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Tafsilotlarni yashirish...</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>About Qt</source>
      <translation>Qt haqida</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Yordam</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Qaytarish</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kesish</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Nusxalash</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Qoʻyish</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Oʻchirish</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hammasini belgilash</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Qaytarish</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kesish</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Nusxalash</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>&amp;Havola manzilini nusxalash</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Qoʻyish</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Oʻchirish</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hammasini belgilash</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>Qayerda:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Fayl &amp;nomi:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Fayl turi:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ochish</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Saqlash</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ochish</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Boshqacha saqlash</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Barcha fayllar (*)</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Jild:</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Tanlash</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Jildni topish</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Orqaga</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Oldinga</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Yuqori jild</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Yangi jild yaratish</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Roʻyxat</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Batafsil</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Yangi jild</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nomi</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Hajmi</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Oʻzgartirilgan sana</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Turi</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Bekor qilish</translation>
    </message>
  </context>
</TS>