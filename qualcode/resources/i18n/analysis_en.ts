<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="42" />
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="53" />
        <source>filter: coder, code, theme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="57" />
        <source>Export &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="57" />
        <source>Export &amp;Word appendix…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="61" />
        <source>Action:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="73" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="96" />
        <source>Word documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="96" />
        <source>CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="97" />
        <source>Export audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="103" />
        <source>Audit log not exported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="17" />
        <source>When (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="17" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="18" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="18" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="21" />
        <source>edit</source>
        <extracomment>the actions the app records (``record_action``); others are shown as stored</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="22" />
        <source>undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="23" />
        <source>model run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="24" />
        <source>pseudonymise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="25" />
        <source>pseudonymise (undo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/audit_model.py" line="26" />
        <source>pseudonymise (redo)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="30" />
        <location filename="../../ui/models/codebook_model.py" line="38" />
        <source>Code</source>
        <extracomment>the whole words, as the header's tooltip (a translation may need the short forms even shorter)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="31" />
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="32" />
        <source>Seg.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="33" />
        <source>Docs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="34" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="39" />
        <source>Quick key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="40" />
        <source>Coded segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="41" />
        <source>Documents with this code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/codebook_model.py" line="42" />
        <source>Cases with this code</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/codebook_model.py" line="168" />
        <source>%n segment(s)</source>
        <extracomment>what a count cell shows until the first counts arrive (they are counted off the UI thread)</extracomment>
        <translation><numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/codebook_model.py" line="169" />
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/codebook_model.py" line="170" />
        <source>%n case(s)</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/codebook_model.py" line="172" />
        <source>%n segment(s) including sub-codes</source>
        <translation><numerusform>%n segment including sub-codes</numerusform><numerusform>%n segments including sub-codes</numerusform></translation>
    </message>
</context>
<context>
    <name>EncryptCopyDialog</name>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="33" />
        <location filename="../../ui/privacy/encrypt_dialog.py" line="63" />
        <source>Save encrypted copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="37" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="43" />
        <source>The copy can be opened only with this password; there is no way to recover it. The project you work in stays as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="53" />
        <source>Encrypted copy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="54" />
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="55" />
        <source>Password again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="59" />
        <source>This project lives in PostgreSQL: encryption at rest is the database server's job.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="64" />
        <source>Encrypted QualCode copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="70" />
        <source>Give a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/encrypt_dialog.py" line="73" />
        <source>The two passwords differ; nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../ui/privacy/findings_model.py" line="23" />
        <source>Identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/findings_model.py" line="23" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/findings_model.py" line="24" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/findings_model.py" line="24" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/findings_model.py" line="25" />
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/findings_model.py" line="25" />
        <source>Replacement</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/findings_model.py" line="131" />
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
</context>
<context>
    <name>IdentifierKind</name>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="12" />
        <source>participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="13" />
        <source>person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="14" />
        <source>staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="15" />
        <source>place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="16" />
        <source>organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="17" />
        <source>email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="18" />
        <source>date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="19" />
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="20" />
        <source>id number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="21" />
        <source>phone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentifierSource</name>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="24" />
        <source>roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="25" />
        <source>pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/kind_names.py" line="26" />
        <source>ner</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JointDisplayDock</name>
    <message>
        <location filename="../../ui/joint/install.py" line="29" />
        <source>Joint displays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/install.py" line="36" />
        <source>&amp;Joint displays</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JointDisplayModel</name>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="42" />
        <source>(none)</source>
        <extracomment>English source texts; :func:`meta_label` gives them in the reader's language</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="43" />
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="44" />
        <source>Expand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="45" />
        <source>Discord</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="154" />
        <source>Domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="155" />
        <source>Quantitative result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="156" />
        <source>Theme (cases)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="157" />
        <source>Exemplar quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="158" />
        <location filename="../../ui/joint/joint_display_model.py" line="212" />
        <source>Meta-inference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="180" />
        <source>{term} in “{analysis}” (n = {n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="186" />
        <source>Double-click to read the quote in its transcript.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="211" />
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/joint/joint_display_model.py" line="233" />
        <source>%n survey respondent(s)</source>
        <translation><numerusform>%n survey respondent</numerusform><numerusform>%n survey respondents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/joint/joint_display_model.py" line="234" />
        <source>%n interviewed case(s) with a survey row; {respondents} in this group.</source>
        <translation><numerusform>%n interviewed case with a survey row; {respondents} in this group.</numerusform><numerusform>%n interviewed cases with a survey row; {respondents} in this group.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="253" />
        <source>(double-click to read it in its transcript)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="272" />
        <source>present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="273" />
        <source>segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_model.py" line="274" />
        <source>% of words</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JointDisplayView</name>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="74" />
        <source>&amp;New display…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="76" />
        <source>Add &amp;theme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="78" />
        <source>Export to &amp;Word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="82" />
        <source>&amp;Display:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="108" />
        <source>Why: how the two strands confirm, expand or disagree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="111" />
        <source>&amp;Meta-inference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="114" />
        <source>N&amp;ote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="142" />
        <source>side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="142" />
        <source>statistics by themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="150" />
        <source>No joint displays yet: New display, or Add to joint display in the regression panel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="187" />
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="201" />
        <source>Could not compute this display (see details).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="204" />
        <source>Could not compute the joint display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="289" />
        <source>Could not do this: {step}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="302" />
        <source>Read in the transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="303" />
        <source>Keep this quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="303" />
        <source>Keep these quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="305" />
        <source>Choose quotes automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="308" />
        <source>Delete row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="328" />
        <source>Add theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="328" />
        <source>Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="342" />
        <source>New joint display “{name}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="361" />
        <source>Export joint displays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="362" />
        <source>Word documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="371" />
        <source>Could not export the joint displays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/joint_display_view.py" line="372" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KwicModel</name>
    <message>
        <location filename="../../ui/models/kwic_model.py" line="15" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/kwic_model.py" line="15" />
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/kwic_model.py" line="16" />
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/kwic_model.py" line="16" />
        <source>After</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <location filename="../../ui/models/type_names.py" line="21" />
        <source>presence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="22" />
        <source>count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="23" />
        <source>coverage</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemoListModel</name>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="16" />
        <source>Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="17" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="18" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="19" />
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="20" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="32" />
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="38" />
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/memo_list_model.py" line="72" />
        <source>Created {created} · last edited {edited}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModelFamily</name>
    <message>
        <location filename="../../ui/analysis/panel_text.py" line="18" />
        <source>Linear regression (OLS)</source>
        <extracomment>The family labels of :data:`MODEL_FAMILIES`, marked for translation (same English text).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/panel_text.py" line="19" />
        <source>Logistic regression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/panel_text.py" line="20" />
        <source>Proportional-odds logit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/panel_text.py" line="21" />
        <source>Poisson regression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/panel_text.py" line="22" />
        <source>Negative binomial (NB2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/panel_text.py" line="23" />
        <source>Count: Poisson or NB2 by LR test</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewDisplayDialog</name>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="21" />
        <source>Side by side</source>
        <extracomment>English source texts (translated when shown, context "NewDisplayDialog")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="22" />
        <source>Statistics by themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="23" />
        <source>One column per level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="24" />
        <source>Split at the median</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="25" />
        <source>Split at a threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="45" />
        <source>New joint display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="49" />
        <source>e.g. Themes by legal aid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="62" />
        <source>Add a row for every theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="69" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="70" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="71" />
        <source>&amp;Groups from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="72" />
        <source>&amp;Rule:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="73" />
        <source>&amp;Threshold:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="99" />
        <source>Import a survey first: statistics by themes splits its cases by a survey variable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/joint/new_display_dialog.py" line="114" />
        <source>There is already a joint display named “{name}”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlotsPane</name>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="31" />
        <source>Forest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="32" />
        <source>ROC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="33" />
        <source>Q–Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="34" />
        <source>Residuals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="35" />
        <source>Cook's D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="39" />
        <source>Forest plot: each predictor's estimate with its 95% CI</source>
        <extracomment>what each tab shows, in full: the tab's tooltip (the tab itself has a short title)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="40" />
        <source>ROC curve (logistic models)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="41" />
        <source>Q–Q plot of the residuals (linear models)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="42" />
        <source>Residuals vs fitted values (linear models)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="43" />
        <source>Cook's distance per participant (linear models)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="120" />
        <source>Run a model to see its coefficients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="132" />
        <source>{estimate} (95% CI), log scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="132" />
        <source>{estimate} (95% CI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="141" />
        <source>ROC curve: logistic models only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="146" />
        <source>1 − specificity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="147" />
        <source>Sensitivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="155" />
        <source>Q–Q plot: linear models only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="161" />
        <source>Theoretical quantile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="162" />
        <source>Standardised residual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="167" />
        <source>Residuals vs fitted: linear models only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="172" />
        <source>Fitted value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="173" />
        <source>Residual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="179" />
        <source>Cook's distance: linear models only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="191" />
        <source>Participant (click to open the transcript)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/plots_pane.py" line="192" />
        <source>Cook's distance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PredictorsList</name>
    <message>
        <location filename="../../ui/analysis/predictors_list.py" line="34" />
        <source>Drag variables here, or select them on the left and press Add.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/predictors_list.py" line="109" />
        <source>Model 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/predictors_list.py" line="109" />
        <source>Model {number} adds</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <location filename="../../ui/privacy/install.py" line="46" />
        <source>&amp;Pseudonymise transcripts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/install.py" line="64" />
        <source>Audit &amp;log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/install.py" line="67" />
        <source>Save &amp;encrypted copy…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrivacyReviewDialog</name>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="84" />
        <source>Pseudonymise transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="93" />
        <source>&amp;Find identifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="95" />
        <source>&amp;Roster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="98" />
        <source>optional: installed spaCy NER pipeline, e.g. en_core_web_sm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="99" />
        <source>Keep the mapping (original → replacement), encrypted with a password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="102" />
        <source>password for the mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="105" />
        <source>Pseudonymised exports only: refuse every export while identifiers are not reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="110" />
        <source>Press Find identifiers: the roster, e-mails, phone numbers, dates of birth, addresses and ID numbers are looked for in every document. Nothing leaves this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="114" />
        <source>&amp;Apply to all documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="117" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="125" />
        <source>This project is open read-only: identifiers can be found, not replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="160" />
        <source>Looking for identifiers in every document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="165" />
        <source>Looking for identifiers: document {number} of {total}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="177" />
        <source>No identifiers were looked for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="178" />
        <source>Unexpected error: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="179" />
        <source>Could not look for identifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="196" />
        <source>No identifiers are left to review.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/review_dialog.py" line="198" />
        <source>{accepted} of %n identifier(s) in {entities} will be replaced. Codings, memos and turns keep pointing at the same words; Ctrl+Z undoes.</source>
        <translation><numerusform>{accepted} of %n identifier in {entities} will be replaced. Codings, memos and turns keep pointing at the same words; Ctrl+Z undoes.</numerusform><numerusform>{accepted} of %n identifiers in {entities} will be replaced. Codings, memos and turns keep pointing at the same words; Ctrl+Z undoes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy/review_dialog.py" line="200" />
        <source>%n entity(ies)</source>
        <translation><numerusform>%n entity</numerusform><numerusform>%n entities</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="208" />
        <source>No password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="208" />
        <source>Give a password to keep the mapping, or untick it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="216" />
        <source>Nothing was replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/review_dialog.py" line="222" />
        <source>Done: {step}. Edit ▸ Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegressionDock</name>
    <message>
        <location filename="../../ui/analysis/install.py" line="76" />
        <source>Regression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="89" />
        <source>&amp;Regression panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="93" />
        <source>&amp;Run model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="144" />
        <source>No transcript of {case} in this project.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="147" />
        <source>Opened the transcript of {case}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegressionPanel</name>
    <message numerus="yes">
        <location filename="../../ui/analysis/panel_text.py" line="39" />
        <source>%n transcript(s) have no case ({names}): their segments count for nobody in this table.</source>
        <translation><numerusform>%n transcript has no case ({names}): their segments count for nobody in this table.</numerusform><numerusform>%n transcripts have no case ({names}): their segments count for nobody in this table.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="78" />
        <source>Filter variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="89" />
        <source>Variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="116" />
        <source>Add ▸</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="117" />
        <source>Add the variables selected on the left as predictors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="119" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="121" />
        <source>Nested: add block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="122" />
        <source>Predictors added after this enter in the next model (ΔR², F change)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="125" />
        <source>HC3 (OLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="126" />
        <source>Heteroskedasticity-consistent standard errors (HC3) for linear models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="127" />
        <source>MI m={m}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="128" />
        <source>Multiple imputation by chained equations, pooled by Rubin's rules (slower)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="129" />
        <source>std. beta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="130" />
        <source>Show the standardised coefficients (β) of a linear model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="132" />
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="133" />
        <source>Fit the model (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="144" />
        <source>Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="145" />
        <source>Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="179" />
        <source>Predictors:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="261" />
        <source>The case table could not be built: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="273" />
        <source>(choose an outcome)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="336" />
        <source>proposed for a {type} outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="338" />
        <source>no model for a {type} outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="368" />
        <source>Reference: {variable} =</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="434" />
        <source>The model could not be fitted: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="452" />
        <source>Double-click to see this theme's coded segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="453" />
        <source>Double-click to see this code's coded segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="467" />
        <source>Building the case table…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="472" />
        <source>No survey table is linked: only quantitized themes and codes can be analysed. Import a survey (File › Import survey) to link participants' answers.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/regression_panel.py" line="478" />
        <source>n = {used} cases used of %n in the case table</source>
        <translation><numerusform>n = {used} cases used of %n in the case table</numerusform><numerusform>n = {used} cases used of %n in the case table</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/regression_panel.py" line="480" />
        <source>%n interviewed case(s) linked to {table}</source>
        <translation><numerusform>%n interviewed case linked to {table}</numerusform><numerusform>%n interviewed cases linked to {table}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/regression_panel.py" line="483" />
        <source>%n without a survey row ({cases})</source>
        <translation><numerusform>%n without a survey row ({cases})</numerusform><numerusform>%n without a survey row ({cases})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/regression_panel.py" line="485" />
        <source>%n survey row(s) without an interview (theme values missing)</source>
        <translation><numerusform>%n survey row without an interview (theme values missing)</numerusform><numerusform>%n survey rows without an interview (theme values missing)</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultActions</name>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="57" />
        <source>Save analysis…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="58" />
        <source>Keep this model in the project; it re-runs on the current coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="60" />
        <source>Add to joint display…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="61" />
        <source>Put the selected term beside its theme in a side-by-side joint display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="63" />
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="64" />
        <source>Copy the table as tab-separated text and HTML (paste into Excel or Word)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="66" />
        <source>Word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="67" />
        <source>Save the table as a Word document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="96" />
        <source>Save analysis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="96" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="104" />
        <source>The analysis was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="121" />
        <location filename="../../ui/analysis/result_actions.py" line="125" />
        <source>Add to joint display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="122" />
        <source>There is no side-by-side joint display yet: create one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="126" />
        <source>Add {term} to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="139" />
        <source>The row was not added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="163" />
        <source>Save table as Word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_actions.py" line="164" />
        <source>Word documents</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <location filename="../../ui/analysis/regression_panel.py" line="460" />
        <location filename="../../ui/analysis/result_table.py" line="68" />
        <location filename="../../ui/analysis/result_table.py" line="82" />
        <source>Note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="38" />
        <source>Incidence rate ratio</source>
        <extracomment>quant's long names of the reported effect (``ModelFamily.effect_name``), for the forest plot's axis</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="39" />
        <source>Odds ratio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="40" />
        <source>Coefficient (b)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="41" />
        <source>Coefficient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="113" />
        <location filename="../../ui/analysis/result_table.py" line="125" />
        <source>Term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="113" />
        <source>b</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="113" />
        <source>SE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="113" />
        <location filename="../../ui/analysis/result_table.py" line="125" />
        <source>95% CI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="113" />
        <location filename="../../ui/analysis/result_table.py" line="125" />
        <source>p</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="125" />
        <source>IRR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="125" />
        <source>OR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="126" />
        <source>OR per SD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="141" />
        <source>negative binomial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="142" />
        <source>Poisson</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="143" />
        <source>Poisson or negative binomial (by imputation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="147" />
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="157" />
        <source>adj. R² = {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="163" />
        <source>max VIF = {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="180" />
        <source>count model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="184" />
        <source>LR test of alpha = 0: p {p}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="195" />
        <source>Model {number} R² = {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="208" />
        <source>Model {later} vs Model {earlier}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/result_table.py" line="228" />
        <source>Thresholds (log-odds scale):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="42" />
        <source>Roster of names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="44" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="44" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="44" />
        <source>Replacement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="47" />
        <source>&amp;Add name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="47" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="47" />
        <source>&amp;Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="59" />
        <source>Participants, staff, places and organisations to find in every transcript. A replacement such as P07 or [Shelter A] is used everywhere for that name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="103" />
        <source>Import roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="103" />
        <source>CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/privacy/roster_dialog.py" line="108" />
        <source>Roster not imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="15" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="16" />
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="17" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="18" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="19" />
        <source>Coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/segment_table_model.py" line="20" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <location filename="../../ui/analysis/install.py" line="57" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="57" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="57" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/install.py" line="57" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/install.py" line="66" />
        <source>%n coded segment(s)</source>
        <translation><numerusform>%n coded segment</numerusform><numerusform>%n coded segments</numerusform></translation>
    </message>
</context>
<context>
    <name>SpeakerPlanModel</name>
    <message>
        <location filename="../../ui/models/speaker_plan_model.py" line="21" />
        <source>Detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/speaker_plan_model.py" line="22" />
        <source>Turns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/speaker_plan_model.py" line="23" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/speaker_plan_model.py" line="24" />
        <source>Interviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/speaker_plan_model.py" line="25" />
        <source>Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/speaker_plan_model.py" line="94" />
        <source>The participant whose turns these are; empty = counts for no case.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SurveyVariablesModel</name>
    <message>
        <location filename="../../ui/models/survey_variables_model.py" line="24" />
        <source>Variable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/survey_variables_model.py" line="25" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/survey_variables_model.py" line="26" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/survey_variables_model.py" line="27" />
        <source>Levels (lowest first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/survey_variables_model.py" line="83" />
        <source>For ordinal variables the order matters: type the levels lowest first, separated by &lt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/survey_variables_model.py" line="86" />
        <source>Inferred from the data; choose another type if it is wrong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TranscriptPreviewModel</name>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="20" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="21" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="22" />
        <source>Encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="23" />
        <source>Turns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="24" />
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="25" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="42" />
        <source>Error: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="47" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/transcript_preview_model.py" line="48" />
        <source>OK (no speaker labels found)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VariableType</name>
    <message>
        <location filename="../../ui/models/type_names.py" line="12" />
        <source>continuous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="13" />
        <source>binary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="14" />
        <source>ordinal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="15" />
        <source>count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="16" />
        <source>categorical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="17" />
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/type_names.py" line="18" />
        <source>id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VariablesModel</name>
    <message>
        <location filename="../../ui/analysis/variables_model.py" line="86" />
        <source>Variable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/variables_model.py" line="86" />
        <source>Type / measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/variables_model.py" line="98" />
        <source>Survey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/variables_model.py" line="104" />
        <source>Themes (quantitized)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/variables_model.py" line="104" />
        <source>Codes (quantitized)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/analysis/variables_model.py" line="191" />
        <source>{type} · column {column}</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>