<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaseDelegate</name>
    <message>
        <location filename="../../ui/dialogs/case_delegate.py" line="28" />
        <source>no case</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeEditorPane</name>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="41" />
        <source>Definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="42" />
        <source>Include when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="43" />
        <source>Exclude when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="44" />
        <source>What this code means, in a sentence or two</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="45" />
        <source>Apply it when…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="46" />
        <source>Do not apply it when…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="48" />
        <source>name</source>
        <extracomment>the code's fields as named in its history</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="48" />
        <source>parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="49" />
        <source>colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="50" />
        <source>definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="51" />
        <source>inclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="52" />
        <source>exclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="53" />
        <source>example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="54" />
        <source>atypical example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="55" />
        <source>quick key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="56" />
        <source>origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="57" />
        <source>deductive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="57" />
        <source>inductive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="58" />
        <source>in vivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="96" />
        <location filename="../../ui/codebook/code_editor_pane.py" line="202" />
        <source>Choose a code in the codebook to see and edit its definition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="110" />
        <location filename="../../ui/codebook/code_editor_pane.py" line="122" />
        <source>{field}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="113" />
        <source>Typical example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="113" />
        <source>Atypical example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="128" />
        <source>Origin:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="131" />
        <source>History:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="179" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="189" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="220" />
        <location filename="../../ui/codebook/code_editor_pane.py" line="226" />
        <source>Could not save the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/codebook/code_editor_pane.py" line="243" />
        <source>Could not set the example</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoderIdentity</name>
    <message>
        <location filename="../../ui/team/coder_identity.py" line="22" />
        <source>Who is coding?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/coder_identity.py" line="23" />
        <source>Your name as a coder (shown beside your codings and in agreement tables; asked once on this computer):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <location filename="../../ui/coding_actions.py" line="36" />
        <source>&amp;Code selection with current code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="38" />
        <source>&amp;New code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="39" />
        <source>&amp;In-vivo code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="40" />
        <source>&amp;Memo on segment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="42" />
        <source>&amp;Remove coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="44" />
        <source>Set segment &amp;boundaries to selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="46" />
        <source>&amp;Underline codings instead of shading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="60" />
        <source>the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="62" />
        <source>Coded with {name} (Ctrl+Z undoes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/coding_actions.py" line="84" />
        <source>Quick keys 1–9: right-click a code › Quick key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="16" />
        <source>accepted A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="16" />
        <source>accepted B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="17" />
        <source>merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="17" />
        <source>memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="35" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="35" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="35" />
        <source>Coder A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="36" />
        <source>Coder B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="29" />
        <location filename="../../ui/team/disagreement_model.py" line="36" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_model.py" line="47" />
        <source>(not coded)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisagreementPanel</name>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="49" />
        <source>percent agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="49" />
        <source>Cohen's kappa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="50" />
        <source>Krippendorff's alpha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="51" />
        <source>sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="51" />
        <source>paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="52" />
        <source>turn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="52" />
        <source>document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="53" />
        <source>character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="53" />
        <source>segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="81" />
        <source>Memo on this disagreement (what the team concluded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="82" />
        <source>Accept A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="82" />
        <source>Accept B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="83" />
        <source>Merge both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="83" />
        <source>Write memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="84" />
        <source>Agreement to Word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="84" />
        <source>Agreement to CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="100" />
        <source>(reference)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="104" />
        <source>Coder A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="104" />
        <source>Coder B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="104" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="144" />
        <source>Choose two different coders to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="161" />
        <source>95% CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="166" />
        <source>all codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="166" />
        <source>the code</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/disagreement_view.py" line="167" />
        <source>%n {unit} unit(s) disagree, {decided} decided. Agreement over {over}: {stats}</source>
        <translation><numerusform>%n {unit} unit disagrees, {decided} decided. Agreement over {over}: {stats}</numerusform><numerusform>%n {unit} units disagree, {decided} decided. Agreement over {over}: {stats}</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/team/disagreement_view.py" line="207" />
        <source>Export agreement</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="20" />
        <source>QualCode — what happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="22" />
        <source>{what}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="24" />
        <source>{what}. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="25" />
        <source>This looks like a bug in QualCode; the details below help to report it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/help_ui.py" line="71" />
        <source>QualCode user guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpUi</name>
    <message>
        <location filename="../../ui/help_ui.py" line="24" />
        <source>Coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="24" />
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="25" />
        <source>Analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="88" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="91" />
        <source>&amp;User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="127" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="134" />
        <source>Create a new project file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="135" />
        <source>Open an existing .qcproj project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="137" />
        <source>Import interviews and focus groups (txt, docx, odt, pdf, srt, vtt…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="138" />
        <source>Import a survey (csv, xlsx, sav, dta) and link it to the cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="139" />
        <source>Undo the last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="140" />
        <source>Redo what was undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="141" />
        <source>Open the user guide: import → code → themes → link → model → Word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="157" />
        <source>&amp;Layouts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="163" />
        <source>&amp;Reset layout</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ui/import_actions.py" line="28" />
        <source>Import &amp;transcripts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/import_actions.py" line="31" />
        <source>Import &amp;survey…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportJobs</name>
    <message>
        <location filename="../../ui/import_jobs.py" line="45" />
        <source>Reading the files was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>QualCode projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99" />
        <source>&amp;New project…</source>
        <extracomment>everything the open project's window shows is filled in (see :meth:`is_complete`) asks "open a cleaned copy?" for a refused project (replaced in tests) plain or encrypted, for a new project; an encrypted project's password (replaced in tests) the language the widgets were built in (qualcode.ui.i18n.switch rebuilds the window)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <source>&amp;Open project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>Open &amp;server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>&amp;Merge copies…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>&amp;Close project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <location filename="../../ui/main_window.py" line="330" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <location filename="../../ui/main_window.py" line="332" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109" />
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="121" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>Open &amp;recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>&amp;Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135" />
        <source>&amp;Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136" />
        <source>&amp;Analyse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139" />
        <source>&amp;About QualCode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>New project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162" />
        <source>Open project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>Could not create {location}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <location filename="../../ui/main_window.py" line="196" />
        <location filename="../../ui/main_window.py" line="211" />
        <source>Could not open {location}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>That password does not open it (nothing was changed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>Could not write a cleaned copy of {location}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="232" />
        <source>Opened a cleaned copy: %n foreign object(s) left out</source>
        <translation><numerusform>Opened a cleaned copy: %n foreign object left out</numerusform><numerusform>Opened a cleaned copy: %n foreign objects left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="234" />
        <source>, %n row(s) the schema refused</source>
        <translation><numerusform>, %n row the schema refused</numerusform><numerusform>, %n rows the schema refused</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <source>; {name} is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251" />
        <source>Could not open the demo project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>{name} (read-only: browse, search and export only) — QualCode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>{name} — QualCode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329" />
        <source>&amp;Undo {step}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331" />
        <source>&amp;Redo {step}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>No project open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="396" />
        <source>Could not create the folder {folder}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="420" />
        <source>%Ln document(s)</source>
        <translation><numerusform>%Ln document</numerusform><numerusform>%Ln documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="421" />
        <source>%Ln code(s)</source>
        <translation><numerusform>%Ln code</numerusform><numerusform>%Ln codes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="422" />
        <source>%Ln segment(s)</source>
        <translation><numerusform>%Ln segment</numerusform><numerusform>%Ln segments</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425" />
        <source>All changes saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430" />
        <source>About QualCode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="431" />
        <source>QualCode {version}
Mixed-methods qualitative analysis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="458" />
        <source>Output language saved in the project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470" />
        <source>This project was not opened: it contains database code QualCode did not create.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471" />
        <source>Open a cleaned copy instead? It is written to
{copy}
and holds the project's data without that code; the original stays as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="475" />
        <source>Open a cleaned copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="40" />
        <source>Merge two copies of a project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="45" />
        <source>Copy A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="45" />
        <source>Copy B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="46" />
        <source>Merged project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="49" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="54" />
        <source>Find conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="58" />
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="58" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="60" />
        <source>The copies are only read; the merge writes a new project file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="63" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="71" />
        <source>Choose a project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="72" />
        <source>QualCode projects</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/team/merge_dialog.py" line="95" />
        <source>%n conflict(s); choose what to keep, then Merge.</source>
        <translation><numerusform>%n conflict; choose what to keep, then Merge.</numerusform><numerusform>%n conflicts; choose what to keep, then Merge.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="96" />
        <source>Warning: {warning}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/merge_dialog.py" line="117" />
        <source>Wrote {file}. {counts}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../ui/password_dialogs.py" line="35" />
        <source>New project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="36" />
        <source>Encrypt this project (password)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="44" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="45" />
        <source>Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="49" />
        <source>Without the password nobody (you included) can open an encrypted project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="66" />
        <source>Type a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="68" />
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenServerDialog</name>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="44" />
        <source>Open shared project on a server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="52" />
        <source>optional: the project's schema on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="56" />
        <source>leave empty if already in the keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="57" />
        <source>Create a new shared project there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="58" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="58" />
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="59" />
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="59" />
        <source>Project schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="60" />
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="60" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="63" />
        <source>A password is kept in your system's keyring, never in a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/open_server_dialog.py" line="91" />
        <source>Could not keep the password</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordDialogs</name>
    <message>
        <location filename="../../ui/password_dialogs.py" line="89" />
        <source>{location} is encrypted. Its password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/password_dialogs.py" line="92" />
        <source>Encrypted project</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhaseNavigatorPane</name>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="44" />
        <source>PHASES</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="107" />
        <source>complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="107" />
        <source>started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="108" />
        <source>not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_navigator_pane.py" line="123" />
        <source>(current)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhaseTexts</name>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="21" />
        <source>Familiarising yourself with the data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="22" />
        <source>Generating initial codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="23" />
        <source>Searching for themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="24" />
        <source>Reviewing themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="25" />
        <source>Defining and naming themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="26" />
        <source>Producing the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="30" />
        <source>Read and re-read every transcript before coding; note first ideas in a document memo and keep a reflexive journal of your own position.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="32" />
        <source>Code the whole data set systematically, giving each interesting feature equal attention. Write a definition for each code; a deductive codebook can be imported and extended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="34" />
        <source>Sort codes into candidate themes: drag codes onto a theme, nest sub-themes, and draw the relations on the thematic map. Keep a 'miscellaneous' theme for codes that fit nowhere yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="37" />
        <source>Check each theme against its coded extracts, then against the whole data set: does it form a coherent pattern? Thin themes may merge or go; overlapping themes may be one theme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="39" />
        <source>Write what each theme is about and what it is not, in a sentence or two, and a narrative of the story it tells. Give each a concise, telling name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="41" />
        <source>Tell the story of the data across themes with vivid extracts, linked to your research question. Export the thematic report and the codebook to Word and edit them there.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="47" />
        <source>{k} of %n document(s) read</source>
        <extracomment>English done-line pattern -&gt; the translated template for the plural number "n"; other groups are formatted in</extracomment>
        <translation><numerusform>{k} of %n document read</numerusform><numerusform>{k} of %n documents read</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="48" />
        <source>{k} of %n document(s) with a memo</source>
        <translation><numerusform>{k} of %n document with a memo</numerusform><numerusform>{k} of %n documents with a memo</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="49" />
        <source>%n reflexive journal entry(-ies)</source>
        <translation><numerusform>%n reflexive journal entry</numerusform><numerusform>%n reflexive journal entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="50" />
        <source>%n code(s) (none yet)</source>
        <translation><numerusform>%n code (none yet)</numerusform><numerusform>%n codes (none yet)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="51" />
        <source>%n code(s) ({origins})</source>
        <translation><numerusform>%n code ({origins})</numerusform><numerusform>%n codes ({origins})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="52" />
        <source>%n coded segment(s)</source>
        <translation><numerusform>%n coded segment</numerusform><numerusform>%n coded segments</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="53" />
        <source>{share} of the text coded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="54" />
        <source>%n theme(s) ({k} candidate)</source>
        <translation><numerusform>%n theme ({k} candidate)</numerusform><numerusform>%n themes ({k} candidate)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="55" />
        <source>{k} of %n code(s) placed in a theme</source>
        <translation><numerusform>{k} of %n code placed in a theme</numerusform><numerusform>{k} of %n codes placed in a theme</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="56" />
        <source>{k} of %n theme(s) reviewed</source>
        <translation><numerusform>{k} of %n theme reviewed</numerusform><numerusform>{k} of %n themes reviewed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="57" />
        <source>%n thin (fewer than 20 % of cases)</source>
        <translation><numerusform>%n thin (fewer than 20 % of cases)</numerusform><numerusform>%n thin (fewer than 20 % of cases)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="58" />
        <source>%n overlapping another theme</source>
        <translation><numerusform>%n overlapping another theme</numerusform><numerusform>%n overlapping another theme</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="59" />
        <source>{k} of %n theme(s) defined</source>
        <translation><numerusform>{k} of %n theme defined</numerusform><numerusform>{k} of %n themes defined</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/phases/phase_texts.py" line="60" />
        <source>%n with a definition and a narrative</source>
        <translation><numerusform>%n with a definition and a narrative</numerusform><numerusform>%n with a definition and a narrative</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="61" />
        <source>thematic report exported {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="62" />
        <source>thematic report not exported yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="63" />
        <source>codebook exported {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="64" />
        <source>codebook not exported yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="67" />
        <source>deductive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="67" />
        <source>inductive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="68" />
        <source>in vivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/phases/phase_texts.py" line="69" />
        <source>imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="38" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="43" />
        <source>As the system ({language})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="47" />
        <source>The window is rebuilt in the new language; the open project, document, selection and undo history are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="51" />
        <source>Interface &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="63" />
        <source>Project output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="71" />
        <source>The language's convention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="72" />
        <source>Comma (0,21)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="73" />
        <source>Point (0.21)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="79" />
        <source>Open a project to choose the language of its Word and table output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="81" />
        <source>Fixed labels of Word and table exports (table headings, "Note.", captions, APA terms) are written in this language. Saved in the project; Edit › Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="87" />
        <source>Output &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="88" />
        <source>&amp;Decimal mark:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefiActions</name>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="23" />
        <source>REFI-QDA project or codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="28" />
        <source>REFI-QDA project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="29" />
        <source>REFI-QDA codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="36" />
        <source>Import REFI-QDA (.qdpx, .qdc)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="38" />
        <source>Export REFI-QDA (.qdpx, .qdc)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="49" />
        <source>Import REFI-QDA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="56" />
        <source>Export REFI-QDA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="71" />
        <source>Could not import {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="78" />
        <source>REFI-QDA import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="78" />
        <source>Imported in one step. Edit › Undo removes it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="89" />
        <source>Could not export {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="92" />
        <source>REFI-QDA export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/exchange/refi_actions.py" line="92" />
        <source>Wrote {path}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/help_ui.py" line="49" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="53" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/help_ui.py" line="53" />
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="38" />
        <source>Surveys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="39" />
        <source>All files</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="68" />
        <source>{keys} and %n more</source>
        <translation><numerusform>{keys} and %n more</numerusform><numerusform>{keys} and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="75" />
        <source>{matched} of %n row(s) match a case.</source>
        <translation><numerusform>{matched} of %n row matches a case.</numerusform><numerusform>{matched} of %n rows match a case.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="80" />
        <source>%n row(s) will become new cases: {keys}.</source>
        <translation><numerusform>%n row will become a new case: {keys}.</numerusform><numerusform>%n rows will become new cases: {keys}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="82" />
        <source>%n row(s) have no case: {keys}.</source>
        <translation><numerusform>%n row has no case: {keys}.</numerusform><numerusform>%n rows have no case: {keys}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="85" />
        <source>Rows without an ID (cannot be linked): {rows}.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="88" />
        <source>%n case(s) have no survey row: {keys}.</source>
        <translation><numerusform>%n case has no survey row: {keys}.</numerusform><numerusform>%n cases have no survey row: {keys}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="95" />
        <source>ignore case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="95" />
        <source>Ignore case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="96" />
        <source>trim spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="96" />
        <source>Trim spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="99" />
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="100" />
        <source>%n ID(s) would match a case if you {verbs} (e.g. {left} ~ {right}) — tick {boxes}.</source>
        <translation><numerusform>%n ID would match a case if you {verbs} (e.g. {left} ~ {right}) — tick {boxes}.</numerusform><numerusform>%n IDs would match a case if you {verbs} (e.g. {left} ~ {right}) — tick {boxes}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="115" />
        <source>Import survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="128" />
        <source>&amp;Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="130" />
        <source>No file chosen (.csv, .xlsx, SPSS .sav, Stata .dta).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="134" />
        <source>Sheet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="149" />
        <source>First rows (row numbers as in the file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="161" />
        <source>Variables — double-click a type or levels to correct them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="164" />
        <source>Open answers → one document per respondent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="170" />
        <source>Link rows to cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="174" />
        <source>ID column:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="176" />
        <source>&amp;Trim spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="177" />
        <source>Ignore &amp;case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="178" />
        <source>C&amp;reate cases for rows without one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="198" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="205" />
        <source>Choose a survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="286" />
        <source>{reason} Choose another ID column or fix the file; nothing can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="296" />
        <source>%n transcript(s) have no case ({names}): no survey row can reach them.</source>
        <translation><numerusform>%n transcript has no case ({names}): no survey row can reach it.</numerusform><numerusform>%n transcripts have no case ({names}): no survey row can reach them.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/survey_import_dialog.py" line="316" />
        <source>Nothing was imported. {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <location filename="../../ui/team/install.py" line="30" />
        <source>&amp;Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="34" />
        <source>&amp;Disagreements and agreement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="36" />
        <source>&amp;Blind coding (hide other coders' codings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="40" />
        <source>&amp;Show codings of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="41" />
        <source>&amp;Reference coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="52" />
        <source>All coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="60" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/team/install.py" line="118" />
        <source>Disagreements</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TranscriptImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="50" />
        <source>Interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="51" />
        <source>Focus groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="52" />
        <source>Field notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="58" />
        <source>Transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="59" />
        <source>All files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="76" />
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="348" />
        <source>Import transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="91" />
        <source>&amp;Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="93" />
        <source>&amp;Remove file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="94" />
        <source>Leave the selected file out of this import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="100" />
        <source>Case from &amp;file name (P07.docx → case P07)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="104" />
        <source>These files are:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="124" />
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="244" />
        <source>Select a file to see its speakers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="126" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="130" />
        <source>Document's case:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="141" />
        <source>Double-click a name or case to change it. Tick the interviewer: their turns count for no case. In a focus group, give every participant their own case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="153" />
        <source>&amp;Skip files that cannot be read and import the others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="162" />
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="307" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="169" />
        <source>Choose transcripts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="177" />
        <source>Reading %n file(s)…</source>
        <translation><numerusform>Reading %n file…</numerusform><numerusform>Reading %n files…</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="201" />
        <source>The files could not be read: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="246" />
        <source>{file} cannot be imported: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="249" />
        <source>{file}: no speaker labels found; the whole text is one document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="253" />
        <source>Speakers in {file} ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="296" />
        <source>They will be skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="297" />
        <source>Import is off until you remove them or tick “Skip files that cannot be read”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="298" />
        <source>%n file(s) cannot be read ({names}); see the red rows.</source>
        <translation><numerusform>%n file cannot be read ({names}); see the red rows.</numerusform><numerusform>%n files cannot be read ({names}); see the red rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="307" />
        <source>&amp;Import %n file(s)</source>
        <translation><numerusform>&amp;Import %n file</numerusform><numerusform>&amp;Import %n files</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="324" />
        <source>Participants without a case</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="325" />
        <source>%n file(s) would import participants linked to no case ({shown}). Their coded segments would count for nobody in the case table, the regression and the joint displays.</source>
        <translation><numerusform>%n file would import participants linked to no case ({shown}). Their coded segments would count for nobody in the case table, the regression and the joint displays.</numerusform><numerusform>%n files would import participants linked to no case ({shown}). Their coded segments would count for nobody in the case table, the regression and the joint displays.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="328" />
        <source>Go back and give them a case, or tick them as interviewer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="329" />
        <source>Go &amp;back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="330" />
        <source>Import &amp;anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="340" />
        <source>Not imported yet: give every participant a case (or tick the interviewer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="347" />
        <source>Importing transcripts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="347" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="378" />
        <source>Imported %n transcript(s). Edit › Undo removes them again.</source>
        <translation><numerusform>Imported %n transcript. Edit › Undo removes them again.</numerusform><numerusform>Imported %n transcripts. Edit › Undo removes them again.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="385" />
        <source>Nothing was imported. {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/transcript_import_dialog.py" line="391" />
        <source>Import cancelled: nothing was imported, the project is unchanged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoLabel</name>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="22" />
        <source>Code with {code}</source>
        <extracomment>(pattern over the English name, translatable template with the pattern's named groups)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="23" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="24" />
        <source>Remove coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="26" />
        <source>In-vivo code “{code}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="27" />
        <source>In-vivo code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="28" />
        <source>Change segment boundaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="29" />
        <source>Memo on segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="30" />
        <source>Clear segment memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="31" />
        <source>Add code {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="32" />
        <source>Delete code {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="33" />
        <source>Merge {source} into {target}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="34" />
        <source>Rename {old} to {new}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="35" />
        <source>Rename {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="36" />
        <source>Recolour {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="37" />
        <source>Move {name} to the top level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="38" />
        <source>Move {name} under {parent}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="39" />
        <source>Quick key {key} for {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="40" />
        <source>Remove quick key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="41" />
        <source>Free key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="42" />
        <source>Assign key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="44" />
        <source>Edit the {field} of {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="45" />
        <source>Set the origin of {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="47" />
        <source>Import codebook {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="48" />
        <source>Choose the {kind} example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="49" />
        <source>Clear the {kind} example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="50" />
        <source>New theme {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="51" />
        <source>Delete theme {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="52" />
        <source>Define {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="53" />
        <source>Add {codes} to {theme}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="54" />
        <source>Take {code} off {theme}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="55" />
        <source>Place on map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="56" />
        <source>Move on map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="57" />
        <source>Remove from map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="58" />
        <source>Draw link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="59" />
        <source>Label link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="60" />
        <source>Delete link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="61" />
        <source>Auto-layout the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="62" />
        <source>New journal entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="63" />
        <source>New memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="64" />
        <source>Edit memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="65" />
        <source>Delete memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="66" />
        <source>Set meta-inference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="67" />
        <source>Choose quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="68" />
        <source>Automatic quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="69" />
        <source>Delete joint-display row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="70" />
        <source>Add to joint display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="71" />
        <source>Add theme to joint display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="72" />
        <source>New joint display “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="73" />
        <source>Delete joint display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="74" />
        <source>Save analysis “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="76" />
        <source>Set output language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="77" />
        <source>Set the language of {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="78" />
        <source>Move {name}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="103" />
        <source>Import %n transcript(s)</source>
        <translation><numerusform>Import %n transcript</numerusform><numerusform>Import %n transcripts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="105" />
        <source>Pseudonymise %n identifier(s)</source>
        <translation><numerusform>Pseudonymise %n identifier</numerusform><numerusform>Pseudonymise %n identifiers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="107" />
        <source>Remove %n coding(s)</source>
        <translation><numerusform>Remove %n coding</numerusform><numerusform>Remove %n codings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="109" />
        <source>Code %n hit(s) with {code}</source>
        <translation><numerusform>Code %n hit with {code}</numerusform><numerusform>Code %n hits with {code}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/undo_labels.py" line="110" />
        <source>Code %n hit(s)</source>
        <translation><numerusform>Code %n hit</numerusform><numerusform>Code %n hits</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="113" />
        <source>definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="113" />
        <source>inclusion criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="114" />
        <source>exclusion criteria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="115" />
        <source>typical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/commands/undo_labels.py" line="115" />
        <source>atypical</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../ui/welcome_view.py" line="51" />
        <source>&lt;h1&gt;QualCode&lt;/h1&gt;&lt;p&gt;Code transcripts, build themes, link them to survey data.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="66" />
        <source>&lt;b&gt;New project&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="68" />
        <source>e.g. Dilnoza</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="69" />
        <source>Your name as it appears on your coding and in reports. Asked once; change it here any time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="72" />
        <source>My study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="74" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="79" />
        <source>&amp;Create project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="85" />
        <source>Your &amp;name (coder):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="86" />
        <source>Project &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="87" />
        <source>&amp;Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="97" />
        <source>&amp;Open project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="100" />
        <source>Open the &amp;demo project (synthetic data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="101" />
        <source>A study shaped like 'Beyond rescue': 54 transcripts, 150 survey records, codes, themes, analyses and joint displays. All data are invented.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="108" />
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="147" />
        <source>Give the project a name without / \ : * ? " &lt; &gt; | (got {name}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="151" />
        <source>Choose the folder the project goes in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="155" />
        <source>{location} exists already; choose another name or open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="165" />
        <source>Type your name first: it marks your coding (asked once).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/welcome_view.py" line="177" />
        <source>Folder for the project</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../ui/workbench.py" line="38" />
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="39" />
        <source>Codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/workbench.py" line="43" />
        <source>Analysis</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>