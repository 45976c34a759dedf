<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../ui/main_window.py" line="416" />
        <source>MainWindow</source>
        <comment>This project was not opened: it contains database code QualCode did not create.</comment>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="418" />
        <source>MainWindow</source>
        <comment>Open a cleaned copy instead? It is written to
{copy}
and holds the project's data without that code; the original stays as it is.</comment>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="421" />
        <source>MainWindow</source>
        <comment>Open a cleaned copy</comment>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>CodeEditorPane</name>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="197" />
        <location filename="../../ui/codebook/code_editor_pane.py" line="203" />
        <source>Could not save the code</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <source>QualCode projects</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>&amp;New project…</source>
        <extracomment>asks "open a cleaned copy?" for a refused project (replaced in tests) plain or encrypted, for a new project; an encrypted project's password (replaced in tests) the language the widgets were built in (qualcode.ui.i18n.switch rebuilds the window)</extracomment>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="93" />
        <source>&amp;Open project…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>Open &amp;server…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="95" />
        <source>&amp;Merge copies…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>&amp;Close project</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>&amp;Quit</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <location filename="../../ui/main_window.py" line="297" />
        <source>&amp;Undo</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <location filename="../../ui/main_window.py" line="299" />
        <source>&amp;Redo</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>&amp;Preferences…</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="113" />
        <source>&amp;File</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="116" />
        <source>Open &amp;recent</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>&amp;Edit</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="126" />
        <source>&amp;Code</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <source>&amp;Themes</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="128" />
        <source>&amp;Analyse</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>&amp;View</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="130" />
        <source>&amp;Help</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>&amp;About QualCode</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>New project</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>Open project</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Could not create {location}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <location filename="../../ui/main_window.py" line="188" />
        <location filename="../../ui/main_window.py" line="203" />
        <source>Could not open {location}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="200" />
        <source>That password does not open it (nothing was changed).</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>Could not write a cleaned copy of {location}</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="224" />
        <source>Opened a cleaned copy: %n foreign object(s) left out</source>
        <translation><numerusform>Opened a cleaned copy: %n foreign object left out</numerusform><numerusform>Opened a cleaned copy: %n foreign objects left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="226" />
        <source>, %n row(s) the schema refused</source>
        <translation><numerusform>, %n row the schema refused</numerusform><numerusform>, %n rows the schema refused</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>; {name} is unchanged.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>Could not open the demo project</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="285" />
        <source>{name} (read-only: browse, search and export only) — QualCode</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="287" />
        <source>{name} — QualCode</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>&amp;Undo {step}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="298" />
        <source>&amp;Redo {step}</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="344" />
        <source>No project open</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="360" />
        <source>Could not create the folder {folder}</source>
        <translation type="unfinished" /></message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="384" />
        <source>%Ln document(s)</source>
        <translation><numerusform>%Ln document</numerusform><numerusform>%Ln documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="385" />
        <source>%Ln code(s)</source>
        <translation><numerusform>%Ln code</numerusform><numerusform>%Ln codes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="386" />
        <source>%Ln segment(s)</source>
        <translation><numerusform>%Ln segment</numerusform><numerusform>%Ln segments</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389" />
        <source>All changes saved</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="394" />
        <source>About QualCode</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/main_window.py" line="395" />
        <source>QualCode {version}
Mixed-methods qualitative analysis.</source>
        <translation type="unfinished" /></message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="18" />
        <source>Preferences</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="23" />
        <source>As the system ({language})</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="27" />
        <source>The window is rebuilt in the new language; the open project, document, selection and undo history are kept.</source>
        <translation type="unfinished" /></message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="31" />
        <source>Interface &amp;language:</source>
        <translation type="unfinished" /></message>
</context>
</TS>