<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssistantIndex</name>
    <message numerus="yes">
        <location filename="../../ui/assistant/index_note.py" line="32" />
        <source>Meaning index ready: %n document(s).</source>
        <translation><numerusform>Meaning index ready: %n document.</numerusform><numerusform>Meaning index ready: %n documents.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/index_note.py" line="37" />
        <source>The first search by meaning indexes the documents, which takes a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/index_note.py" line="39" />
        <source>The first search indexes the documents, which takes a moment.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/index_note.py" line="41" />
        <source>%n document(s) not indexed yet: the next search indexes them first.</source>
        <translation><numerusform>%n document not indexed yet: the next search indexes them first.</numerusform><numerusform>%n documents not indexed yet: the next search indexes them first.</numerusform></translation>
    </message>
</context>
<context>
    <name>AssistantUi</name>
    <message>
        <location filename="../../ui/assistant/install.py" line="42" />
        <source>Find more like these</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="43" />
        <source>Inductive prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="47" />
        <source>Candidate themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="58" />
        <source>Find &amp;more like these</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="59" />
        <source>Uncoded passages that resemble the current code's segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="60" />
        <source>Search by &amp;meaning…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="61" />
        <source>Find passages that say the same thing in other words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="62" />
        <source>Prompts for &amp;inductive codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="63" />
        <source>Words distinctive of groups of cases, e.g. with and without legal aid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="66" />
        <source>Propose &amp;candidate themes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/install.py" line="67" />
        <source>Group codes by the meaning of their segments (phase 3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CandidateThemesView</name>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="55" />
        <source>Propose candidate themes</source>
        <extracomment>the worker function (tests swap in one with a stand-in embedder)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="57" />
        <source>Group the codes by what their coded segments mean (a local model; nothing leaves this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="58" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="63" />
        <source>Proposals are prompts: read the quotes, then accept, rename or ignore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="67" />
        <source>Groupings of codes, most cohesive first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="69" />
        <source>The candidate theme's name; the suggestion comes from its typical words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="76" />
        <source>Accept as candidate theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="78" />
        <source>Create a candidate theme with these codes (or Enter in the name field; Ctrl+Z undoes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="80" />
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="81" />
        <source>Hide this grouping; nothing is changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="98" />
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="99" />
        <source>Codes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="107" />
        <source>Most typical quotes (closest to the grouping's centre):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="128" />
        <source>Reading the coded segments…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="164" />
        <source>Could not propose candidate themes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="170" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/candidate_themes_view.py" line="177" />
        <source>%1
%n code(s) · cohesion %2</source>
        <translation><numerusform>%1
%n code · cohesion %2</numerusform><numerusform>%1
%n codes · cohesion %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/candidate_themes_view.py" line="183" />
        <source>%n grouping(s) of %1 codes with segments (cut: %2; model: %3).</source>
        <translation><numerusform>%n grouping of %1 codes with segments (cut: %2; model: %3).</numerusform><numerusform>%n groupings of %1 codes with segments (cut: %2; model: %3).</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="187" />
        <source>No groupings: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="209" />
        <source>Already on: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="212" />
        <source>similarity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="212" />
        <source>Typical words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="236" />
        <source>Give the candidate theme a name first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="247" />
        <source>Could not create the candidate theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="250" />
        <source>Created the candidate theme %1 (Ctrl+Z undoes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/candidate_themes_view.py" line="256" />
        <source>Ignored; propose again to see every grouping.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindMorePane</name>
    <message numerus="yes">
        <location filename="../../ui/assistant/backend.py" line="135" />
        <source>Accept suggestion for %1 in %n place(s)</source>
        <translation><numerusform>Accept suggestion for %1 in %n place</numerusform><numerusform>Accept suggestion for %1 in %n places</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/backend.py" line="137" />
        <source>Accept suggestion for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="86" />
        <source>The code to find more passages for (follows the codebook selection)</source>
        <extracomment>accepted suggestions of the list shown, with their operations: undo puts them back the worker function (tests may swap it); receives (project, code_id, top=...)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="87" />
        <source>Find more like these</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="89" />
        <source>Update the meaning index (only changed documents) and list uncoded passages that resemble this code's segments and definition. Runs on this computer only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="91" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="99" />
        <location filename="../../ui/assistant/find_more_pane.py" line="348" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="99" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="100" />
        <source>Copies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="99" />
        <source>Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="101" />
        <source>Other places where the passage is said word for word; it is listed once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="117" />
        <source>Select a suggestion to see why it was suggested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="118" />
        <source>Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="119" />
        <source>Code this passage with the code (Enter). Ctrl+Z takes it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="120" />
        <location filename="../../ui/assistant/find_more_pane.py" line="403" />
        <source>Accept in all places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="122" />
        <source>Code this passage and its word-for-word copies with the code (Shift+Enter). One Ctrl+Z takes them all back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="124" />
        <source>Reject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="125" />
        <source>Not an instance of this code; the decision is recorded (R or Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="126" />
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="127" />
        <source>Decide later; go to the next suggestion (S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="136" />
        <source>Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="170" />
        <source>Accept suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="171" />
        <source>Accept suggestion in all places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="173" />
        <source>Reject suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="174" />
        <source>Skip suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="233" />
        <source>The meaning index was updated since this list was made: Find more again to include the changed documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="239" />
        <source>Choose a code and press Find more like these.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="245" />
        <source>Add a code to the codebook first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="249" />
        <source>Updating the meaning index…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/find_more_pane.py" line="285" />
        <source>%n suggestion(s) for %1, best first. Enter accepts, R rejects, S skips.</source>
        <translation><numerusform>%n suggestion for %1, best first. Enter accepts, R rejects, S skips.</numerusform><numerusform>%n suggestions for %1, best first. Enter accepts, R rejects, S skips.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="288" />
        <source>No uncoded passages resemble %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="295" />
        <source>Could not find suggestions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="302" />
        <source>Cancelled; the index keeps what was done and continues next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="326" />
        <source>Said word for word also in:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/find_more_pane.py" line="332" />
        <source>also in %n other place(s)</source>
        <translation><numerusform>also in %n other place</numerusform><numerusform>also in %n other places</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="348" />
        <source>Closest coded segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="349" />
        <source>Matched words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="350" />
        <source>No shared words: suggested for its meaning alone.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/find_more_pane.py" line="355" />
        <source>Said word for word in %n other place(s)</source>
        <translation><numerusform>Said word for word in %n other place</numerusform><numerusform>Said word for word in %n other places</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="358" />
        <source>Shift+Enter codes them all; click a place to see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="371" />
        <source>Ranked higher for the code's words</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/find_more_pane.py" line="402" />
        <source>Accept in all %n places</source>
        <translation><numerusform>Accept in all %n places</numerusform><numerusform>Accept in all %n places</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="415" />
        <source>All suggestions decided. Find more to see the next ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="439" />
        <source>Could not code the passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="455" />
        <source>Undone: the passage is back in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/find_more_pane.py" line="482" />
        <source>Could not record the decision</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/find_more_pane.py" line="497" />
        <source>%1 (%n place(s))</source>
        <translation><numerusform>%1 (%n place)</numerusform><numerusform>%1 (%n places)</numerusform></translation>
    </message>
</context>
<context>
    <name>InductivePromptsPane</name>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="45" />
        <source>A case attribute or linked survey variable with 2 to 12 values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="46" />
        <source>Show distinctive words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="48" />
        <source>Words and phrases each group of cases uses more than the others (weighted log-odds), as prompts for inductive codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="50" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="55" />
        <source>Prompts, not codes: read the passages before coding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="63" />
        <source>Split cases by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="94" />
        <source>No case attribute splits the cases into groups yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="140" />
        <source>Could not list the words: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="146" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="153" />
        <source>%1 = %2 (%n case(s))</source>
        <translation><numerusform>%1 = %2 (%n case)</numerusform><numerusform>%1 = %2 (%n cases)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="155" />
        <source>%1: words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="155" />
        <source>%1: phrases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="165" />
        <source>phrases are noun chunks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="166" />
        <source>phrases are adjacent content words (no spaCy parser installed, so no noun chunks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/assistant/inductive_prompts_pane.py" line="167" />
        <source>Most distinctive first, with (uses in this group : in the others); %1.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>