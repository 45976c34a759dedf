<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CodebookPane</name>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="36" />
        <source>Code colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="41" />
        <location filename="../../ui/panes/codebook_pane.py" line="287" />
        <source>Merge into…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="42" />
        <source>Merge into code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="47" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="79" />
        <source>Filter codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="205" />
        <source>New sub-code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="205" />
        <source>New code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="209" />
        <source>Could not add the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="214" />
        <source>Could not rename the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="222" />
        <source>Could not recolour the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="229" />
        <source>Could not move the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="241" />
        <source>Could not merge the codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="246" />
        <source>Could not delete the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="257" />
        <location filename="../../ui/panes/codebook_pane.py" line="260" />
        <source>Could not assign the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="268" />
        <source>Could not code the dropped text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="279" />
        <source>New code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="282" />
        <source>Code the selection with this code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="284" />
        <source>New sub-code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="285" />
        <source>Rename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="286" />
        <source>Recolour…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="288" />
        <source>Quick key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="291" />
        <source>None</source>
        <comment>no quick key</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/codebook_pane.py" line="293" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodingController</name>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="36" />
        <source>Memo on segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="37" />
        <source>Memo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="99" />
        <source>Could not code the selection</source>
        <extracomment>emitted after a coding made here is shown (benchmarks time up to this point) replaced in tests; returns the new memo text or None when cancelled coders whose codings the viewer shows (None: all); blind mode shows only one's own</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="119" />
        <source>Could not create the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="132" />
        <source>Could not make an in-vivo code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="145" />
        <source>Could not remove the coding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="157" />
        <source>Could not change the boundaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/coding_controller.py" line="170" />
        <source>Could not save the memo</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentListPane</name>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="36" />
        <source>Interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="37" />
        <source>Focus groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="38" />
        <source>Field notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="39" />
        <source>Open survey answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="41" />
        <source>Coded or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="42" />
        <source>Coded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="43" />
        <source>Not coded yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="47" />
        <source>Russian</source>
        <extracomment>the document languages offered in the menu (code -&gt; name); another code a document has is shown as is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="48" />
        <source>Uzbek</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="49" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="72" />
        <source>Filter documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="142" />
        <source>With 'Not coded yet': documents this coder has not coded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="200" />
        <source>Document &amp;language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="221" />
        <source>Could not change the document's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="87" />
        <source>No documents yet.
Import transcripts (Ctrl+Shift+I) or open the demo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="122" />
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="125" />
        <source>All cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="128" />
        <source>Any coder</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/document_list_pane.py" line="172" />
        <source>%Ln coded segment(s)</source>
        <translation><numerusform>%Ln coded segment</numerusform><numerusform>%Ln coded segments</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/panes/document_list_pane.py" line="173" />
        <source>Language: {language}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/document_list_pane.py" line="181" />
        <source>{shown} of %n document(s)</source>
        <translation><numerusform>{shown} of %n document</numerusform><numerusform>{shown} of %n documents</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentViewerPane</name>
    <message>
        <location filename="../../ui/panes/document_viewer_pane.py" line="20" />
        <source>Choose a document on the left to read and code it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatrixPane</name>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="33" />
        <source>Code × code (overlapping segments)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="34" />
        <source>Code × code (same speaker turn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="35" />
        <source>Code × case (segments)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="38" />
        <source>Each cell counts pairs of overlapping segments; the grey diagonal is each code's segments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="40" />
        <source>Each cell counts speaker turns holding both codes; the grey diagonal is turns with the code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="42" />
        <source>Each cell counts a code's segments attributed to a case (focus-group speakers map to cases).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="69" />
        <source>Compute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="70" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="75" />
        <source>Choose a matrix and press Compute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="82" />
        <source>Click a cell to see the segments behind it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="119" />
        <source>The codings changed: press Compute to update the matrix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="131" />
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="154" />
        <source>Could not compute the matrix: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/matrix_pane.py" line="157" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/matrix_pane.py" line="188" />
        <source>{cell}: %Ln segment(s) (double-click one to read it in the text)</source>
        <translation><numerusform>{cell}: %Ln segment (double-click it to read it in the text)</numerusform><numerusform>{cell}: %Ln segments (double-click one to read it in the text)</numerusform></translation>
    </message>
</context>
<context>
    <name>MemosPane</name>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="39" />
        <source>Memos and journal</source>
        <extracomment>(title, journal flag, target) of the list filter</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="40" />
        <source>Reflexive journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="41" />
        <source>Project memos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="42" />
        <source>Document memos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="43" />
        <source>Code memos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="60" />
        <source>Show the memos and journal entries of one coder</source>
        <extracomment>whose memos to show: everyone's, or one coder's (a team reads each other's thinking)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="62" />
        <source>Search memos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="68" />
        <source>New journal entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="69" />
        <source>New project memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="70" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="72" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="74" />
        <source>Write here. Memos keep your analytic thinking; the journal your reflexivity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="77" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="139" />
        <source>All coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="209" />
        <source>Your memo was not saved (your text is on the clipboard)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="248" />
        <source>Journal entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="248" />
        <source>Memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/memos_pane.py" line="249" />
        <source>{kind} · created {created} · edited {edited}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetrievalTabs</name>
    <message>
        <location filename="../../ui/panes/retrieval_tabs.py" line="31" />
        <source>Segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/retrieval_tabs.py" line="32" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/retrieval_tabs.py" line="33" />
        <source>Memos &amp;&amp; journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/retrieval_tabs.py" line="34" />
        <source>Matrices</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="38" />
        <source>Plain text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="39" />
        <source>Whole word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="40" />
        <source>Any word form (lemma)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="41" />
        <source>Regular expression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="58" />
        <source>Search all documents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="63" />
        <source>By meaning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="113" />
        <source>Passages that say the same thing in other words (a local model; nothing leaves this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="67" />
        <source>Match case</source>
        <extracomment>the meaning search run in the worker (see qualcode/ui/assistant/backend.py)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="68" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="69" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="74" />
        <source>Code all hits with…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="131" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="144" />
        <source>Type what the passages should say, e.g. felt nobody believed me.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="148" />
        <source>Updating the meaning index, then searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="186" />
        <source> (first {limit}; narrow the search)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="188" />
        <source>%Ln hit(s)</source>
        <translation><numerusform>%Ln hit</numerusform><numerusform>%Ln hits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="188" />
        <source>in %Ln document(s)</source>
        <translation><numerusform>in %Ln document</numerusform><numerusform>in %Ln documents</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="189" />
        <source>No hits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="196" />
        <source>The search failed: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="203" />
        <source>Search cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="211" />
        <source>Add a code to the codebook first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/search_pane.py" line="213" />
        <source>Code all hits</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="214" />
        <source>Code %Ln hit(s) with:</source>
        <translation><numerusform>Code %Ln hit with:</numerusform><numerusform>Code %Ln hits with:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="233" />
        <source>Coded %Ln hit(s) with {code}</source>
        <translation><numerusform>Coded %Ln hit with {code}</numerusform><numerusform>Coded %Ln hits with {code}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/search_pane.py" line="234" />
        <source>; %Ln already coded.</source>
        <translation><numerusform>; %Ln already coded.</numerusform><numerusform>; %Ln already coded.</numerusform></translation>
    </message>
</context>
<context>
    <name>SegmentsPane</name>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="35" />
        <source>Interviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="36" />
        <source>Focus groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="37" />
        <source>Field notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="38" />
        <source>Open survey answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="73" />
        <source>Include sub-codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="76" />
        <source>Only segments of cases with this attribute value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="77" />
        <location filename="../../ui/panes/segments_pane.py" line="195" />
        <source>Choose a code to see its coded segments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="88" />
        <source>Select a segment to read it in context.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="90" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="122" />
        <source>— choose a code —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="125" />
        <source>All coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="128" />
        <source>All documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/panes/segments_pane.py" line="131" />
        <source>Any case</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/segments_pane.py" line="202" />
        <source>{title} · %Ln segment(s)</source>
        <translation><numerusform>{title} · %Ln segment</numerusform><numerusform>{title} · %Ln segments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/segments_pane.py" line="203" />
        <source>in %Ln document(s)</source>
        <translation><numerusform>in %Ln document</numerusform><numerusform>in %Ln documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/panes/segments_pane.py" line="204" />
        <source>and %Ln case(s)</source>
        <translation><numerusform>and %Ln case</numerusform><numerusform>and %Ln cases</numerusform></translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="23" />
        <source>Code with…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="34" />
        <source>In-vivo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="35" />
        <source>Make the selected words a new code and code them (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="38" />
        <source>Memo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/selection_bar.py" line="39" />
        <source>Write a memo on this segment (Ctrl+M)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../ui/viewer/viewer_view.py" line="298" />
        <source>memo: {text}</source>
        <extracomment>Drag payload: ``"&lt;document id&gt;:&lt;start&gt;:&lt;end&gt;"`` in code points.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/viewer_view.py" line="316" />
        <source>Select “{code}” segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/viewer_view.py" line="317" />
        <source>Memo on “{code}” segment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/viewer/viewer_view.py" line="319" />
        <source>Remove coding “{code}”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThematicMapPanel</name>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="56" />
        <source>Auto-layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="57" />
        <source>Place every theme on a circle with its codes around it (undoable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="59" />
        <source>Draw link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="61" />
        <source>Drag from one box to another to draw an arrow (or hold Shift while dragging)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="63" />
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="65" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="67" />
        <source>Drop codes or theme cards here · double-click an arrow to label it · Del removes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="87" />
        <source>Could not lay out the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="93" />
        <source>Export thematic map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="94" />
        <source>PNG picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="94" />
        <source>SVG drawing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="102" />
        <source>Could not export the map to {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThematicMapView</name>
    <message>
        <location filename="../../ui/themes/map_items.py" line="58" />
        <source>Theme: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/map_items.py" line="59" />
        <source>Code: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/map_items.py" line="135" />
        <source>Double-click to label this link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="56" />
        <source>Label the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="57" />
        <source>Label (e.g. 'leads to', 'contrasts with'):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="168" />
        <source>Could not move the node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="180" />
        <source>Could not place it on the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="191" />
        <source>Could not draw the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="200" />
        <source>Could not label the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="215" />
        <source>Could not delete the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="217" />
        <source>Could not remove the node</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/thematic_map_view.py" line="349" />
        <source>Thematic map</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThemeCard</name>
    <message>
        <location filename="../../ui/themes/theme_card.py" line="142" />
        <source>Drop codes here</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_card.py" line="158" />
        <source>{covered}/%n case(s)</source>
        <translation><numerusform>{covered}/%n case</numerusform><numerusform>{covered}/%n cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_card.py" line="159" />
        <source>%n segment(s)</source>
        <translation><numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_card.py" line="168" />
        <source>thin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_card.py" line="170" />
        <source>overlaps {theme} ({percent} %)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThemeColumn</name>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="20" />
        <source>Candidate</source>
        <extracomment>the board's column headers (plural in Russian: "Предварительные" themes)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="21" />
        <source>Reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="22" />
        <source>Defined</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThemeDefinitionDialog</name>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="28" />
        <source>Define and name — {theme}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="33" />
        <source>In a sentence or two: what this theme is about, and what it is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="36" />
        <source>The story this theme tells about the data, and how it relates to the other themes and your research question.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="42" />
        <source>A good name is concise and telling; it can use a participant's own words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="49" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="51" />
        <source>&amp;Definition:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="52" />
        <source>N&amp;arrative:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_definition_dialog.py" line="53" />
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThemeReviewModel</name>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="19" />
        <source>Case / extract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="19" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="20" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="20" />
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_model.py" line="82" />
        <source>(no case)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_review_model.py" line="83" />
        <source>%n segment(s)</source>
        <translation><numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
</context>
<context>
    <name>ThemeReviewView</name>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="46" />
        <source>Mark as reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="48" />
        <source>Define and name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="59" />
        <source>Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="126" />
        <source>No themes yet. Create one on the board and drag codes onto it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_review_view.py" line="139" />
        <source>%n segment(s)</source>
        <translation><numerusform>%n segment</numerusform><numerusform>%n segments</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_review_view.py" line="140" />
        <source>in %n document(s)</source>
        <translation><numerusform>in %n document</numerusform><numerusform>in %n documents</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes/theme_review_view.py" line="141" />
        <source>{covered}/%n case(s)</source>
        <translation><numerusform>{covered}/%n case</numerusform><numerusform>{covered}/%n cases</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="146" />
        <source>thin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="147" />
        <source>found in fewer than 20 % of cases: merge it into another theme, or check whether it matters anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="153" />
        <source>overlaps {theme}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="154" />
        <source>{percent} % of its segments co-occur with {theme}: are they one theme?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_review_view.py" line="159" />
        <source>Definition:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThemeStatus</name>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="12" />
        <source>Candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="13" />
        <source>Reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/theme_status_titles.py" line="14" />
        <source>Defined</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThemesBoard</name>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="53" />
        <source>Theme name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="148" />
        <source>New theme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="151" />
        <source>Drag codes from the codebook onto a theme; drag a theme to another column or onto a theme to make it a sub-theme. Double-click to define and name it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="226" />
        <source>New sub-theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="226" />
        <source>New theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="230" />
        <source>Could not create the theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="239" />
        <source>Could not add the codes to the theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="246" />
        <source>Could not take the code off the theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="255" />
        <location filename="../../ui/themes/themes_board.py" line="264" />
        <source>Could not move the theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="269" />
        <source>Rename theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="273" />
        <source>Could not rename the theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="277" />
        <source>Could not delete the theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="289" />
        <source>New theme from codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="301" />
        <source>Define and name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="302" />
        <source>Review segments…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="303" />
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="304" />
        <source>New sub-theme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="305" />
        <source>Move to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="309" />
        <source>Sub-theme of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="310" />
        <source>(top level)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="316" />
        <source>Take code off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_board.py" line="321" />
        <source>Delete theme</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThemesTab</name>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="115" />
        <source>Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="116" />
        <source>Thematic map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="117" />
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_tab.py" line="141" />
        <source>Could not save the theme</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThemesUi</name>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="38" />
        <source>Word documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="42" />
        <source>Codebooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="43" />
        <source>Word table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="71" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="72" />
        <source>Themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="78" />
        <source>Phases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="80" />
        <source>Code definition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="103" />
        <source>&amp;New theme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="104" />
        <source>Show theme &amp;board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="106" />
        <source>Show thematic &amp;map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="108" />
        <source>&amp;Review theme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="109" />
        <source>Export thematic map (PNG/SVG)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="111" />
        <source>Export &amp;codebook to Word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="113" />
        <source>Export thematic &amp;report to Word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="115" />
        <source>&amp;Import codebook (CSV, XLSX, Word)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="117" />
        <source>Import the &amp;seed-study codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="179" />
        <source>Export codebook to Word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="186" />
        <source>Could not write the codebook to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="189" />
        <source>Export thematic report to Word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="201" />
        <source>Could not write the report to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="215" />
        <source>Wrote {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="224" />
        <source>Import codebook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/themes/themes_ui.py" line="232" />
        <source>Could not import the codebook {name}</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>