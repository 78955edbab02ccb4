<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../costar_desktop/ui/canvas/accessibility.py" line="+32"/>
        <source>Deciding together what is needed and where money and effort go.</source>
        <translation>Gemeinsam entscheiden, was gebraucht wird und wofür Geld und Kraft eingesetzt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shaping together how a service will work.</source>
        <translation>Gemeinsam gestalten, wie ein Angebot funktionieren soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doing the work together: peer support, volunteering, helping each other.</source>
        <translation>Die Arbeit gemeinsam machen: Betroffene helfen Betroffenen, Ehrenamt, gegenseitige Hilfe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judging together how well it works: feedback, visits, reviews.</source>
        <translation>Gemeinsam beurteilen, wie gut es funktioniert: Rückmeldungen, Besuche, Überprüfungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no Co yet</source>
        <translation>noch kein Co</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group %1, %2, %3 step, %4 notes</source>
        <translation>Gruppe %1, %2, Schritt %3, %4 Zettel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note by %1, %2, %3 step: %4</source>
        <translation>Zettel von %1, %2, Schritt %3: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note, %2, %3 step: %4</source>
        <translation>Zettel, %2, Schritt %3: %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 dot.</source>
        <translation>1 Punkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dots.</source>
        <translation>%1 Punkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impact %1 of 5.</source>
        <translation>Wirkung %1 von 5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the shortlist.</source>
        <translation>Auf der Auswahlliste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An example from elsewhere.</source>
        <translation>Ein Beispiel von anderswo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the group %1.</source>
        <translation>In der Gruppe %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Zoom to</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the notes of %1 large, or the whole star again</source>
        <translation>Die Zettel von %1 groß zeigen, oder wieder den ganzen Stern</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1 point of the star</source>
        <extracomment>A Co&apos;s &quot;Zoom to&quot; (kept here: Qt is handed a pointer to it).</extracomment>
        <translation>Spitze %1 des Sterns</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 notes.</source>
        <translation>%1 Zettel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Co-Production Star</source>
        <translation>Co-Produktions-Stern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The star with %1 notes. Tab and Shift+Tab move between notes, arrow keys move the selected note, Enter edits it, N adds a note.</source>
        <translation>Der Stern mit %1 Zetteln. Tab und Umschalt+Tab wechseln zwischen den Zetteln, die Pfeiltasten verschieben den gewählten Zettel, Enter bearbeitet ihn, N fügt einen Zettel hinzu.</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/actions_panel.py" line="+119"/>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Date not understood</source>
        <extracomment>Says, under the table, why a date being typed is not one (hidden otherwise).</extracomment>
        <translation>Datum nicht erkannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>– (no Co)</source>
        <translation>– (kein Co)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owner contains…</source>
        <translation>Verantwortliche suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show actions of owner</source>
        <translation>Aktionen der verantwortlichen Person zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show actions of Co</source>
        <translation>Aktionen nach Co zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every Co</source>
        <translation>Alle Cos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No Co</source>
        <translation>Kein Co</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show actions with status</source>
        <translation>Aktionen nach Status zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add action</source>
        <translation>Aktion hinzu&amp;fügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action from selected &amp;note</source>
        <translation>Aktion aus gewähltem &amp;Zettel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link notes…</source>
        <translation>Zettel &amp;verknüpfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove action</source>
        <translation>Aktion &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Carry over from an earlier workshop…</source>
        <translation>Aus früherem &amp;Workshop übernehmen…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>New action</source>
        <translation>Neue Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Link notes to action</source>
        <translation>Zettel mit der Aktion verknüpfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove action</source>
        <translation>Aktion entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Carry over open actions from</source>
        <translation>Offene Aktionen übernehmen aus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read that workshop</source>
        <translation>Dieser Workshop kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has no open actions.</source>
        <translation>„%1“ hat keine offenen Aktionen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carry over %1 actions</source>
        <translation>%1 Aktionen übernehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some values were repaired</source>
        <translation>Einige Werte wurden repariert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” holds values CoStar Desktop cannot use as they are; they were repaired on the way in, and that file was not changed:</source>
        <translation>„%1“ enthält Werte, die CoStar Desktop so nicht verwenden kann. Sie wurden beim Übernehmen repariert; diese Datei wurde nicht verändert:</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/steps/actions.py" line="+41"/>
        <source>Action</source>
        <extracomment>The index of the top level, the default parent of rowCount() and columnCount().</extracomment>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked notes</source>
        <translation>Verknüpfte Zettel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Überprüfen am</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>
(carried over from “%1”)</source>
        <extracomment>The action objects last shown, by id (the document replaces those it changes).</extracomment>
        <translation>
(übernommen aus „%1“)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit action</source>
        <translation>Aktion bearbeiten</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../costar_desktop/ui/programme/panel.py" line="+148"/>
        <source>Programme</source>
        <extracomment>What a row of the table carries: the block&apos;s id. The Method column&apos;s width, in the widths of a digit: &quot;Small groups&quot; on one line, longer names on two. The room a block&apos;s title keeps in a narrow dock, in the widths of a digit. A row was dropped: (its place, the place it should take). Add block… (Insert, the Add button). Edit block… for the chosen row (Enter, F2, a double-click, the Edit button). Delete the chosen block (Delete, the Delete button). Move the chosen block by -1 (up) or +1 (down). A row was dragged from one place to another. The start of the day was changed (minutes after midnight).</extracomment>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start of the day</source>
        <translation>Beginn des Tages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start of the &amp;day:</source>
        <translation>Beginn des &amp;Tages:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The blocks of the day</source>
        <translation>Die Blöcke des Tages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Length of the day</source>
        <translation>Dauer des Tages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add block… (Insert)</source>
        <translation>Block hin&amp;zufügen… (Einfg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed&amp;it… (F2)</source>
        <translation>B&amp;earbeiten… (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete (Delete)</source>
        <translation>&amp;Löschen (Entf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>▲ Move &amp;up (Alt+Up)</source>
        <translation>▲ Nach &amp;oben (Alt+Hoch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ Move dow&amp;n (Alt+Down)</source>
        <translation>▼ Nach &amp;unten (Alt+Runter)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Programme: %1</source>
        <translation>Programm: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>▶ now</source>
        <translation>▶ jetzt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>1 block, %2 in all; the day ends at %3.</source>
        <translation>1 Block, zusammen %2; der Tag endet um %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 blocks, %2 in all; the day ends at %3.</source>
        <translation>%1 Blöcke, zusammen %2; der Tag endet um %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No blocks yet. Add one (Insert), or put in a programme (Programme → Put in a programme…).</source>
        <translation>Noch keine Blöcke. Fügen Sie einen hinzu (Einfg) oder setzen Sie ein Programm ein (Programm → Programm einsetzen…).</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="+219"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to an automatic backup of this workshop</source>
        <translation>Zu einer automatischen Sicherung dieses Workshops zurückkehren</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/backups.py" line="+206"/>
        <source>this file</source>
        <translation>dieser Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>another copy</source>
        <translation>einer anderen Kopie</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no backups of this workshop yet. One is made each time it is opened and every ten minutes while you work.</source>
        <translation>Von diesem Workshop gibt es noch keine Sicherung. Eine Sicherung entsteht bei jedem Öffnen und alle zehn Minuten, während Sie arbeiten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save the restored copy as</source>
        <translation>Wiederhergestellte Kopie speichern unter</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+21"/>
        <location line="+68"/>
        <location line="+11"/>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>The current state could not be backed up first, so nothing was changed (%1).</source>
        <translation>Der jetzige Stand konnte vorher nicht gesichert werden. Deshalb wurde nichts geändert (%1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The backup could not be written to “%1” (%2).</source>
        <translation>Die Sicherung konnte nicht nach „%1“ geschrieben werden (%2).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(taken from “%1”)</source>
        <translation>(aus „%1“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” was changed by another program and cannot be opened safely.</source>
        <translation>„%1“ wurde von einem anderen Programm verändert und kann nicht sicher geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is damaged and cannot be opened.</source>
        <translation>„%1“ ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest good backup of this workshop is %2 old (%3 at %4)%6 and holds %5 notes.</source>
        <translation>Die neueste intakte Sicherung dieses Workshops ist %2 alt (%3 um %4)%6 und enthält %5 Zettel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore it? The file that cannot be opened is kept, renamed to “%1.damaged”; nothing is deleted.</source>
        <translation>Diese Sicherung wiederherstellen? Die Datei, die sich nicht öffnen lässt, bleibt erhalten und heißt dann „%1.damaged“. Nichts wird gelöscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from backup?</source>
        <translation>Aus Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The damaged file could not be renamed, so nothing was changed (%1).</source>
        <translation>Die beschädigte Datei konnte nicht umbenannt werden. Deshalb wurde nichts geändert (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup could not be written to “%1”, so the damaged file was left as it was (%2).</source>
        <translation>Die Sicherung konnte nicht nach „%1“ geschrieben werden. Die beschädigte Datei bleibt, wie sie war (%2).</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/programme/block_dialog.py" line="+40"/>
        <source>Add a block</source>
        <translation>Block hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the block</source>
        <translation>Block bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Map: what we already do</source>
        <translation>Zum Beispiel: Sammeln: was wir schon tun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (a welcome, a break, the close)</source>
        <translation>Keiner (Begrüßung, Pause, Abschluss)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happens in this method</source>
        <translation>Was bei dieser Methode passiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it needs</source>
        <translation>Was gebraucht wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: sticky notes, dots, a flip chart</source>
        <translation>Zum Beispiel: Klebezettel, Klebepunkte, ein Flipchart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes for the facilitator</source>
        <translation>Notizen für die Moderation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step:</source>
        <translation>&amp;Schritt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;ethod:</source>
        <translation>M&amp;ethode:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it &amp;needs:</source>
        <translation>&amp;Was gebraucht wird:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes for the facilitator:</source>
        <translation>&amp;Notizen für die Moderation:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No particular way of working.</source>
        <translation>Keine bestimmte Arbeitsweise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ The block needs a title.</source>
        <translation>⚠ Der Block braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>CanvasScene</name>
    <message>
        <location filename="../../costar_desktop/ui/canvas/scene.py" line="+37"/>
        <source>No Co yet</source>
        <translation>Noch kein Co</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>★ Shortlist</source>
        <extracomment>Added to the stacking order of the current step&apos;s notes: they lie above the others. Qt&apos;s pixmap cache, in KB (its default, 10 MB, holds a few hundred note cards).</extracomment>
        <translation>★ Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact %1/5</source>
        <translation>Wirkung %1/5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 step</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <location filename="../../costar_desktop/ui/canvas/view.py" line="+119"/>
        <source>Co-Production Star canvas</source>
        <extracomment>How long a flight to a Co (or back to the whole star) takes, in ms: long enough to see where the view went, short enough not to wait for. 0 jumps (tests may set it). Pixels kept free around what a flight, or the presentation overview, fits to the view. (zoom, the scene point in the middle of the viewport): where the view is, or is going. The zoom factor changed (1.0 = 100 %). An example from the inspiration deck was dropped: (its key, scene point). Arrow keys: move the selected notes by (dx, dy) star units. The note menu is wanted at this global position (right-click, Menu key, long press). A flight (:meth:`fly_to`, :meth:`fly_back`) arrived where it was going. Not sent for a flight that a wheel, a pinch or a pan stopped on the way. The rubber band, pan, pinch and long press (interactions.py). Made first: the viewport&apos;s events reach it from the moment the viewport is set. True while the view shows the fitted star; it then refits when resized. Pixels at the bottom kept free when fitting (the presentation bar sits there). In presentation mode the whole-star view fits where the notes are (overview_rect). What a resize fits again when the view is not showing the whole star: the place last flown to, until the user zooms or pans. Zoom to a Co, the parking area or the selection, and back (zoom_to.py).</extracomment>
        <translation>Zeichenfläche mit dem Co-Produktions-Stern</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/actions.py" line="+117"/>
        <source>No date</source>
        <extracomment>Words saying that the date being typed is not a date (&quot;&quot; once it is gone).</extracomment>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>DateEntry</name>
    <message>
        <location filename="../../costar_desktop/ui/date_entry.py" line="+88"/>
        <source>“%1” is not a date. Type it like %2.</source>
        <extracomment>The date the hints show, written the locale&apos;s way (&quot;21/01/2027&quot; in the UK). How a date is shown in a cell and put in the box: &quot;21 Jan 2027&quot;, months in the locale&apos;s words.</extracomment>
        <translation>„%1“ ist kein Datum. Schreiben Sie es so: %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type a date like %1, or leave it empty for no date.</source>
        <extracomment>The text this box last showed for a date, and that date (YYYY-MM-DD).</extracomment>
        <translation>Schreiben Sie ein Datum wie %1. Oder lassen Sie das Feld leer, wenn es kein Datum gibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose from a calendar</source>
        <translation>Aus einem Kalender wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the date from a calendar (Alt+Down)</source>
        <translation>Datum aus einem Kalender wählen (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/dialogs.py" line="+40"/>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop details</source>
        <translation>Angaben zum Workshop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: Growing co-production in housing</source>
        <translation>z. B. Mehr Co-Produktion beim Wohnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a date</source>
        <translation>Datum festlegen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
</context>
<context>
    <name>EditInboxDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/room/inbox.py" line="+274"/>
        <source>Edit a phone&apos;s note</source>
        <translation>Zettel von einem Handy bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note&apos;s words</source>
        <translation>Text des Zettels</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A note needs some words.</source>
        <translation>Ein Zettel braucht etwas Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note can hold at most %1 characters.</source>
        <translation>Ein Zettel kann höchstens %1 Zeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>FloatingBar</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="+475"/>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/presentation.py" line="+63"/>
        <source>Current step</source>
        <extracomment>The smallest side of anything to tap on the floating bar, in pixels. The bar&apos;s words, in points (times the text size), and the least they shrink to so that the bar fits a narrow screen.</extracomment>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="+11"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Switch between the star and this step&apos;s work, in large type (F7)</source>
        <translation>Zwischen Stern und Ergebnissen dieses Schritts wechseln, in großer Schrift (F7)</translation>
    </message>
    <message>
        <location line="-173"/>
        <source>+ Note</source>
        <translation>+ Zettel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a note</source>
        <translation>Zettel hinzufügen</translation>
    </message>
    <message>
        <location line="+191"/>
        <location filename="../../costar_desktop/ui/shell/presentation.py" line="+112"/>
        <source>Zoom to ▴</source>
        <translation>Zoomen auf ▴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to a Co, the notes not yet placed or the selected notes</source>
        <translation>Auf ein Co, die noch nicht zugeordneten Zettel oder die ausgewählten Zettel zoomen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>◉ Spotlight</source>
        <translation>◉ Spotlight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: the selected note in large type (F9)</source>
        <translation>Spotlight: der ausgewählte Zettel in großer Schrift (F9)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting mode</source>
        <translation>Abstimmungsmodus</translation>
    </message>
    <message>
        <location line="+146"/>
        <location filename="../../costar_desktop/ui/shell/presentation.py" line="+10"/>
        <source>⏱ 5 min</source>
        <translation>⏱ 5 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a 5 minute timer, or pause it</source>
        <translation>Timer für 5 Minuten starten oder anhalten</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>« Back</source>
        <translation>« Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the previous block (Shift+F4)</source>
        <translation>Zurück zum vorigen Block (Umschalt+F4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>» Next block</source>
        <translation>» Nächster Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next block of the programme (F4)</source>
        <translation>Nächster Block des Programms (F4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Five more minutes for this block (Ctrl+Alt+5)</source>
        <translation>Fünf Minuten mehr für diesen Block (Strg+Alt+5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../costar_desktop/ui/shell/presentation.py" line="-20"/>
        <source>‖ Pause</source>
        <translation>‖ Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause the programme, or go on (Ctrl+F8)</source>
        <translation>Programm anhalten oder weitermachen (Strg+F8)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>📱 Join</source>
        <translation>📱 Beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how to join from a phone (Ctrl+Shift+J)</source>
        <translation>Zeigen, wie man mit dem Handy beitritt (Strg+Umschalt+J)</translation>
    </message>
    <message>
        <location line="-661"/>
        <source>↶ Undo</source>
        <translation>↶ Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>✕ Exit</source>
        <translation>✕ Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave presentation mode (Escape)</source>
        <translation>Präsentationsmodus verlassen (Esc)</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/presentation.py" line="+0"/>
        <source>▶ Go on</source>
        <extracomment>Next block, +5 minutes, pause / go on: shown while the day&apos;s programme runs, in the place of the timer&apos;s button (the block&apos;s time is the timer then). Their signs are in every font (» ‖ ▶): an emoji&apos;s width from a fallback font is not counted in a button&apos;s size, and its words were cut off. View → Zoom to, in big type, above the bar&apos;s &quot;Zoom to&quot; button.</extracomment>
        <translation>▶ Weiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>★ Star</source>
        <translation>★ Stern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ▴</source>
        <translation>%1 ▴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⏱ Pause</source>
        <translation>⏱ Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⏱ Go on</source>
        <translation>⏱ Weiter</translation>
    </message>
</context>
<context>
    <name>GroupItem</name>
    <message>
        <location filename="../../costar_desktop/ui/canvas/group_item.py" line="+135"/>
        <source>Group: %1</source>
        <extracomment>The title was double-clicked: the editor asks for a new title (group id).</extracomment>
        <translation>Gruppe: %1</translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/tables/hand_out_dialog.py" line="+62"/>
        <source>Hand out to tables</source>
        <extracomment>Tables offered first, when the workshop has no table groups.</extracomment>
        <translation>An Tische austeilen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each table gets its own copy of this workshop, to work on with its own laptop. Later, File → Bring back tables&apos; files… brings their work back into this workshop.</source>
        <translation>Jeder Tisch bekommt eine eigene Kopie dieses Workshops und arbeitet damit auf einem eigenen Laptop. Später holt Datei → Dateien der Tische zurückholen… die Arbeit der Tische in diesen Workshop zurück.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ℹ Tables are already out from an earlier hand-out: their files can still be brought back. This hand-out adds new tables beside them.</source>
        <translation>ℹ Von einem früheren Austeilen haben Tische schon Kopien: Deren Dateien lassen sich noch zurückholen. Dieses Austeilen fügt neue Tische hinzu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number of tables</source>
        <translation>Anzahl der Tische</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Number of tables:</source>
        <translation>&amp;Anzahl der Tische:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the table &amp;groups</source>
        <translation>Tisch&amp;gruppen verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the table groups as the tables</source>
        <translation>Die Tischgruppen als Tische verwenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 table group: %1</source>
        <translation>1 Tischgruppe: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n table groups: %1</source>
        <translation>
            <numerusform>%n Tischgruppe: %1</numerusform>
            <numerusform>%n Tischgruppen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This workshop has no table groups (File → Participants and groups… makes them).</source>
        <translation>Dieser Workshop hat keine Tischgruppen (anlegen mit Datei → Teilnehmende und Gruppen…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder the tables&apos; files are written to</source>
        <translation>Ordner, in den die Dateien der Tische geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The tables&apos; names</source>
        <translation>Die Namen der Tische</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press F2 to change the name of the chosen table.</source>
        <translation>Drücken Sie F2, um den Namen des gewählten Tisches zu ändern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The &amp;tables&apos; names (F2 changes one):</source>
        <translation>&amp;Namen der Tische (F2 ändert einen):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The files that will be written</source>
        <translation>Die Dateien, die geschrieben werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;iles it will write:</source>
        <translation>Diese &amp;Dateien werden geschrieben:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Hand out</source>
        <extracomment>A problem that stops the hand-out, or files that will be replaced (in words, with a sign: colour is never the only signal).</extracomment>
        <translation>Aus&amp;teilen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Folder for the tables&apos; files</source>
        <translation>Ordner für die Dateien der Tische</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ Choose the folder the files are written to.</source>
        <translation>✗ Wählen Sie den Ordner, in den die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ There is no folder “%1”. Choose one that exists.</source>
        <translation>✗ Es gibt keinen Ordner „%1“. Wählen Sie einen Ordner, den es gibt.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Choose between 1 and %n tables.</source>
        <translation>
            <numerusform>Wählen Sie zwischen 1 und %n Tischen.</numerusform>
            <numerusform>Wählen Sie zwischen 1 und %n Tischen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every table needs a name.</source>
        <translation>Jeder Tisch braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A table&apos;s name is too long.</source>
        <translation>Ein Tischname ist zu lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two tables have the same name; give each its own.</source>
        <translation>Zwei Tische haben denselben Namen. Geben Sie jedem Tisch einen eigenen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1   ⚠ replaces the file already there</source>
        <translation>%1   ⚠ ersetzt die Datei, die schon dort ist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>⚠ One of these files is already in that folder. Handing out replaces it: you will be asked first.</source>
        <translation>⚠ Eine dieser Dateien ist schon in diesem Ordner. Das Austeilen ersetzt sie: Sie werden vorher gefragt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>⚠ %n of these files are already in that folder. Handing out replaces them: you will be asked first.</source>
        <translation>
            <numerusform>⚠ %n dieser Dateien ist schon in diesem Ordner. Das Austeilen ersetzt sie: Sie werden vorher gefragt.</numerusform>
            <numerusform>⚠ %n dieser Dateien sind schon in diesem Ordner. Das Austeilen ersetzt sie: Sie werden vorher gefragt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ 1 file will be written into “%1”.</source>
        <translation>✓ 1 Datei wird in „%1“ geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>✓ %n files will be written into “%1”.</source>
        <translation>
            <numerusform>✓ %n Datei wird in „%1“ geschrieben.</numerusform>
            <numerusform>✓ %n Dateien werden in „%1“ geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the files already there?</source>
        <translation>Die Dateien ersetzen, die schon dort sind?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files are already in “%1”:

%2

Replace them with the new tables&apos; files? What the old ones hold is lost unless it was brought back first.</source>
        <translation>Diese Dateien sind schon in „%1“:

%2

Durch die neuen Dateien der Tische ersetzen? Was in den alten Dateien steht, geht verloren, wenn es nicht vorher zurückgeholt wurde.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="-281"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new note under the pointer (canvas focused)</source>
        <translation>Neuen Zettel unter dem Mauszeiger beginnen (wenn der Stern aktiv ist)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Ctrl+Shift+1 to Ctrl+Shift+4</source>
        <translation>Strg+Umschalt+1 bis Strg+Umschalt+4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to Co-commission, Co-design, Co-deliver or Co-assess; the same key again shows the whole star</source>
        <translation>Auf Co-Beauftragen, Co-Gestalten, Co-Umsetzen oder Co-Bewerten zoomen; dieselbe Taste noch einmal zeigt den ganzen Stern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ctrl+Shift+5</source>
        <translation>Strg+Umschalt+5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to the notes not yet placed (the parking area)</source>
        <translation>Auf die noch nicht zugeordneten Zettel zoomen (den Parkplatz)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+Shift+F</source>
        <translation>Strg+Umschalt+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to the selected notes or group</source>
        <translation>Auf die ausgewählten Zettel oder die Gruppe zoomen</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/help.py" line="+23"/>
        <source>Double-click or double-tap empty space</source>
        <translation>Doppelklick oder doppeltes Tippen auf eine freie Stelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new note there</source>
        <translation>Dort einen neuen Zettel beginnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a note / Enter / F2</source>
        <translation>Doppelklick auf einen Zettel / Enter / F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the note&apos;s text</source>
        <translation>Text des Zettels bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish typing a note</source>
        <translation>Schreiben des Zettels beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Enter</source>
        <translation>Umschalt+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New line inside a note</source>
        <translation>Neue Zeile im Zettel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish typing (what you typed is kept); from the step&apos;s work or a zoomed Co, back to the whole star; leave presentation mode</source>
        <translation>Schreiben beenden (das Geschriebene bleibt); aus der Arbeit des Schritts oder einem gezoomten Co zurück zum ganzen Stern; Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tab (while typing)</source>
        <translation>Tab (beim Schreiben)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arrows, PgUp / PgDn, Space, a swipe (spotlight)</source>
        <translation>Pfeiltasten, Bild auf / Bild ab, Leertaste, Wischen (Spotlight)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous / next note in the spotlight (Shift+Space: back); Up / Down scroll a long note</source>
        <translation>Der vorige / nächste Zettel im Spotlight (Umschalt+Leertaste: zurück); Auf / Ab blättern in einem langen Zettel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter, F2, D, 1–5, 0, S, Escape (spotlight)</source>
        <translation>Eingabe, F2, D, 1–5, 0, S, Escape (Spotlight)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit, dot, rate or shortlist the note in the spotlight; Escape goes back to the star with it selected</source>
        <translation>Den Zettel im Spotlight bearbeiten, bepunkten, bewerten oder auf die Auswahlliste setzen; Escape geht mit ihm ausgewählt zum Stern zurück</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the next / previous note, in reading order</source>
        <translation>Nächsten / vorherigen Zettel auswählen, in Lesereihenfolge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys / Shift+arrow keys</source>
        <translation>Pfeiltasten / Umschalt+Pfeiltasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected notes a little / more</source>
        <translation>Gewählte Zettel ein wenig / weiter verschieben</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Finish typing and start the next note beside it, in the same Co</source>
        <translation>Schreiben beenden und daneben den nächsten Zettel beginnen, im selben Co</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PgUp / PgDn, arrow keys, Home / End (the step&apos;s work)</source>
        <translation>PgUp / PgDn, Pfeiltasten, Home / End (Ergebnisse des Schritts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page or go item by item through the step&apos;s work in presentation mode</source>
        <translation>Im Präsentationsmodus durch die Ergebnisse des Schritts blättern oder Eintrag für Eintrag gehen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tab / Shift+Tab (action plan)</source>
        <translation>Tab / Umschalt+Tab (Aktionsplan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the cell and type in the next / previous one</source>
        <translation>Zelle speichern und in der nächsten / vorherigen weiterschreiben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The note&apos;s menu</source>
        <translation>Menü des Zettels</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Menu key, Shift+F10, right-click, a finger held still</source>
        <translation>Menütaste, Umschalt+F10, Rechtsklick, Finger still gedrückt halten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+click, drag a frame</source>
        <translation>Strg+Klick, Rahmen aufziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select several notes</source>
        <translation>Mehrere Zettel auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+mouse wheel, pinch</source>
        <translation>Strg+Mausrad, zwei Finger auf- und zuziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click or tap a Co&apos;s name</source>
        <translation>Den Namen eines Co anklicken oder antippen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to that Co; again: the whole star</source>
        <translation>Auf dieses Co zoomen; noch einmal: der ganze Stern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Space+drag, middle-drag, two fingers</source>
        <translation>Leertaste+Ziehen, mit mittlerer Maustaste ziehen, zwei Finger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the view</source>
        <translation>Ansicht verschieben</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/menus.py" line="+222"/>
        <source> or </source>
        <extracomment>Gives an open menu its own underlined letters (ui/events.py).</extracomment>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/help.py" line="+23"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Run co-production workshops on a shared screen, with no internet. Each workshop is one &lt;i&gt;.costar&lt;/i&gt; file that you can copy to a USB stick. The program sends nothing anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Co-Produktions-Workshops an einem gemeinsamen Bildschirm durchführen, ganz ohne Internet. Jeder Workshop ist eine &lt;i&gt;.costar&lt;/i&gt;-Datei, die Sie auf einen USB-Stick kopieren können. Das Programm verschickt keine Daten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../costar_desktop/ui/room/inbox.py" line="-218"/>
        <source>Notes from phones wait here. Put each on the star, edit it first, or turn it down. Nothing here is on the star yet.</source>
        <extracomment>Characters of a note shown in the inbox&apos;s list (the whole note is in the edit dialog). The number of notes waiting changed. The &quot;straight onto the star&quot; switch was turned (by the panel&apos;s check box).</extracomment>
        <translation>Zettel von Handys warten hier. Legen Sie jeden auf den Stern, bearbeiten Sie ihn vorher oder lehnen Sie ihn ab. Was hier steht, ist noch nicht auf dem Stern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes from phones waiting in the inbox</source>
        <translation>Zettel von Handys, die im Eingang warten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The inbox is empty.</source>
        <translation>Der Eingang ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put on the &amp;star (Enter)</source>
        <translation>Auf den &amp;Stern legen (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit… (F2)</source>
        <translation>&amp;Bearbeiten… (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Turn down (Delete)</source>
        <translation>&amp;Ablehnen (Entf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put &amp;every note on the star</source>
        <translation>Alle &amp;Zettel auf den Stern legen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put phones&apos; notes on the star &amp;at once</source>
        <translation>Zettel von Handys so&amp;fort auf den Stern legen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip the inbox: each note goes onto the star as it arrives</source>
        <translation>Den Eingang überspringen: Jeder Zettel kommt direkt auf den Stern, sobald er ankommt</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no Co chosen</source>
        <translation>kein Co gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
— %2 · %3 · %4</source>
        <translation>%1
— %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a phone</source>
        <translation>ein Handy</translation>
    </message>
</context>
<context>
    <name>InspirationPanel</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/inspiration.py" line="+54"/>
        <source>Ideas from elsewhere. Drag one onto the star, or choose it and press “Put on the star”. It is marked as an example.</source>
        <translation>Ideen von anderswo. Ziehen Sie eine Idee auf den Stern. Oder wählen Sie sie aus und drücken Sie „Auf den Stern legen“. Sie wird als Beispiel markiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show ideas for</source>
        <translation>Ideen zeigen für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All four Co&apos;s</source>
        <translation>Alle vier Cos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ideas from elsewhere</source>
        <translation>Ideen von anderswo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Put on the star</source>
        <translation>Auf den Stern &amp;legen</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/programme/library.py" line="+43"/>
        <source>New workshop from a programme</source>
        <extracomment>What an entry of the list carries: its place in :attr:`LibraryDialog.entries`.</extracomment>
        <translation>Neuer Workshop aus einem Programm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put in a programme</source>
        <translation>Programm einsetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Programmes</source>
        <extracomment>(programme, its own file or None for a shipped one), by place in the list.</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Programmes:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The programme&apos;s blocks</source>
        <translation>Die Blöcke des Programms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files skipped</source>
        <translation>Übersprungene Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete my programme</source>
        <translation>Mein Programm &amp;löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Choose</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Put in</source>
        <translation>&amp;Einsetzen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the shipped programmes</source>
        <translation>die mitgelieferten Programme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yours</source>
        <translation>Ihr eigenes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipped</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Skipped %1: %2</source>
        <translation>⚠ %1 übersprungen: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No programme chosen.</source>
        <translation>Kein Programm ausgewählt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 block, %2 in all.</source>
        <translation>1 Block, zusammen %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 blocks, %2 in all.</source>
        <translation>%1 Blöcke, zusammen %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete my programme</source>
        <translation>Mein Programm löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your programme “%1”? This cannot be undone.</source>
        <translation>Ihr Programm „%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>LinkNotesDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/actions_panel.py" line="-271"/>
        <source>Notes this action comes from</source>
        <translation>Zettel, aus denen diese Aktion kommt</translation>
    </message>
</context>
<context>
    <name>LiveCaption</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/captions.py" line="+120"/>
        <source>Live caption</source>
        <extracomment>A long note shows this many lines at most: its end, the part being typed. The words &quot;Being written:&quot; beside the caption, as a share of the caption&apos;s size. Pixels between the band and the floating bar (or the bottom of the canvas). The band&apos;s side margins within the canvas, in pixels. The whole text being typed (the band may show only its end).</extracomment>
        <translation>Live-Untertitel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words of the note being written, shown large for the room to check.</source>
        <translation>Die Wörter des Zettels, der gerade geschrieben wird, groß gezeigt, damit der Raum sie prüfen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✎ Being written:</source>
        <translation>✎ Wird geschrieben:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Words being written</source>
        <translation>Wörter, die geschrieben werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="-332"/>
        <source>&amp;New workshop…</source>
        <extracomment>The menus of the menu bar, in order.</extracomment>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the sa&amp;mple workshop</source>
        <translation>Beispiel-&amp;Workshop öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a complete copy and keep working in it</source>
        <translation>Eine vollständige Kopie speichern und darin weiterarbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export as &amp;CSV tables…</source>
        <translation>Als &amp;CSV-Tabellen exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Workshop &amp;details…</source>
        <translation>&amp;Angaben zum Workshop…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Participants and groups…</source>
        <translation>&amp;Teilnehmende und Gruppen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Close workshop</source>
        <translation>Workshop &amp;schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../costar_desktop/ui/shell/main_window.py" line="+151"/>
        <source>&amp;Undo</source>
        <extracomment>Every menu action of the window, by its id (ui/shell/actions.py); not named ``actions``, which would hide QWidget.actions() and say &quot;the action plan&quot; to a reader. The window opened or closed a workshop (path or None). Every action of the table (ui/shell/actions.py) by its id. The Steps menu&apos;s actions and the step panels&apos; docks. Presentation mode, the floating bar and full screen. View → Spotlight: one note across the canvas, large, for the room. View → Read the note aloud, with the computer&apos;s own voice (hidden without one). Room → …: phones in the room, their notes&apos; inbox (issue 31). File → Hand out to tables…, Bring back tables&apos; files…, End the breakout (issue 28). Programme → Show agenda, the blocks of the day and programmes (issue 19). Programme → Start, Next block, +5 minutes…: running the day (issue 19). View → Outline: the workshop as a tree, the canvas&apos;s keys on its rows (issue 29). File → Export PDF… and Print…, run off the UI thread. Automatic backups, File → Restore from backup… and recovering a damaged file. File → Export → Anonymise names, for exports and PDFs.</extracomment>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../costar_desktop/ui/shell/main_window.py" line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New note</source>
        <translation>&amp;Neuer Zettel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a note where the pointer is (or double-click empty space)</source>
        <translation>Zettel dort hinzufügen, wo der Mauszeiger ist (oder auf eine freie Stelle doppelklicken)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Edit note</source>
        <translation>Zettel &amp;bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select &amp;all notes</source>
        <translation>Alle &amp;Zettel auswählen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size, theme and colour options</source>
        <translation>Textgröße, Farbschema und Farbeinstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Fit star</source>
        <translation>Ganzer &amp;Stern</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;5 Notes not yet placed</source>
        <translation>&amp;5 Noch nicht zugeordnete Zettel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Selected notes or group</source>
        <translation>&amp;Ausgewählte Zettel oder Gruppe</translation>
    </message>
    <message>
        <location line="+668"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About CoStar Desktop</source>
        <translation>&amp;Über CoStar Desktop</translation>
    </message>
    <message>
        <location line="-1123"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note &amp;colour</source>
        <translation>Zettel&amp;farbe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note &amp;author</source>
        <translation>&amp;Autor/in des Zettels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;to</source>
        <translation>&amp;Zoomen auf</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+377"/>
        <location filename="../../costar_desktop/ui/shell/main_window.py" line="+38"/>
        <source>Main toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/main_window.py" line="+22"/>
        <source> Writing as: </source>
        <translation> Wer schreibt: </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Author of new and selected notes</source>
        <translation>Autor/in neuer und gewählter Zettel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  Colour: </source>
        <translation>  Farbe: </translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Colour of new and selected notes</source>
        <translation>Farbe neuer und gewählter Zettel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This workshop file is read-only: you can look, but changes cannot be saved. Use File → Save As… to save a copy you can change.</source>
        <translation>Diese Workshop-Datei ist schreibgeschützt: Sie können alles ansehen, aber Änderungen werden nicht gespeichert. Wählen Sie Datei → Speichern unter…, um eine Kopie zu speichern, die Sie ändern können.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Opened – every change is saved as you work</source>
        <translation>✓ Geöffnet – jede Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Already open</source>
        <translation>Schon geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is already open in another CoStar window. That window has been brought to the front.</source>
        <translation>„%1“ ist schon in einem anderen CoStar-Fenster geöffnet. Dieses Fenster ist jetzt vorne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open this workshop</source>
        <translation>Dieser Workshop kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the workshop</source>
        <translation>Der Workshop kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save the new workshop as</source>
        <translation>Neuen Workshop speichern unter</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the sample workshop</source>
        <translation>Der Beispiel-Workshop kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save a copy of the workshop as</source>
        <translation>Kopie des Workshops speichern unter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a folder for the CSV tables</source>
        <translation>Ordner für die CSV-Tabellen wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the workshop</source>
        <translation>Workshop exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Exportieren hat nicht geklappt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+29"/>
        <source>(nobody in particular)</source>
        <translation>(niemand Bestimmtes)</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="-372"/>
        <source>Impact rating</source>
        <translation>Wirkung bewerten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Author</source>
        <translation>Autor/in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move to step</source>
        <translation>In Schritt verschieben</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/main_window.py" line="+16"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Saved at %1</source>
        <translation>✓ Gespeichert um %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Not saved – see the message above the star</source>
        <translation>⚠ Nicht gespeichert – siehe Meldung über dem Stern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 note</source>
        <translation>1 Zettel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 notes</source>
        <translation>%1 Zettel</translation>
    </message>
</context>
<context>
    <name>MarketDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/market.py" line="+26"/>
        <source>A sceptic&apos;s worry and our answer</source>
        <translation>Ein Zweifel und unsere Antwort</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write it the way you expect to hear it</source>
        <translation>So aufschreiben, wie Sie es hören würden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fact, a story or a person who can speak for it</source>
        <translation>Eine Tatsache, eine Geschichte oder eine Person, die dafür sprechen kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who might say it:</source>
        <translation>&amp;Wer könnte das sagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What a &amp;sceptic might say:</source>
        <translation>Was &amp;Zweifelnde sagen könnten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our &amp;answer:</source>
        <translation>Unsere &amp;Antwort:</translation>
    </message>
</context>
<context>
    <name>MarketPanel</name>
    <message>
        <location line="+41"/>
        <source>Who might doubt this, and what would win them over?</source>
        <translation>Wer könnte daran zweifeln – und was würde sie überzeugen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sceptics&apos; worries and our answers</source>
        <translation>Zweifel und unsere Antworten</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A sceptic might say</source>
        <translation>Zweifelnde könnten sagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Our answer</source>
        <translation>Unsere Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a sceptic&apos;s worry</source>
        <translation>Zweifel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a sceptic&apos;s worry</source>
        <translation>Zweifel bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a sceptic&apos;s worry</source>
        <translation>Zweifel entfernen</translation>
    </message>
</context>
<context>
    <name>NoteTextDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/outline/dock.py" line="+188"/>
        <source>Group title</source>
        <translation>Titel der Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit note</source>
        <translation>Zettel bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title of the group:</source>
        <translation>&amp;Titel der Gruppe:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Words of the note:</source>
        <translation>&amp;Text des Zettels:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title of the group</source>
        <translation>Titel der Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words of the note</source>
        <translation>Text des Zettels</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter starts a new line; Ctrl+Enter saves.</source>
        <translation>Enter beginnt eine neue Zeile; Strg+Enter speichert.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/captions.py" line="+114"/>
        <source>Message</source>
        <extracomment>How long a notice stays on the shared screen, in milliseconds. A notice&apos;s words, as a share of the caption&apos;s size. Where the notice must end above (in the editor&apos;s coordinates), or None: the spotlight&apos;s buttons, when it is shown.</extracomment>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>OpenRoomDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/room/dialog.py" line="+84"/>
        <source>Open the room for phones</source>
        <extracomment>The port offered first: easy to read and type, and free on most laptops. How much larger than the app&apos;s text the address rows and findings are drawn.</extracomment>
        <translation>Den Raum für Handys öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone in the room can send notes from their own phone, over this laptop&apos;s network. No internet is needed.</source>
        <translation>Alle im Raum können mit dem eigenen Handy Zettel schicken. Das läuft über das Netzwerk dieses Laptops. Internet ist nicht nötig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network the phones are on</source>
        <translation>Netzwerk, in dem die Handys sind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Network the phones are on:</source>
        <translation>&amp;Netzwerk, in dem die Handys sind:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Any free port</source>
        <translation>&amp;Irgendein freier Port</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let the laptop pick a free port, if %1 is taken by another program.</source>
        <translation>Der Laptop sucht sich einen freien Port aus, falls ein anderes Programm %1 schon benutzt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Room check</source>
        <translation>Raum-Prüfung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Check again</source>
        <translation>Noch &amp;einmal prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the room</source>
        <translation>&amp;Raum öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No network found</source>
        <translation>Kein Netzwerk gefunden</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Asking Windows whether these networks are Public or Private…</source>
        <translation>Windows wird gefragt, ob diese Netzwerke öffentlich oder privat sind…</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../costar_desktop/ui/outline/model.py" line="+368"/>
        <location filename="../../costar_desktop/ui/outline/tools.py" line="+43"/>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="+363"/>
        <source>Outline</source>
        <extracomment>The note&apos;s id (group cards too); None on a Co or step row. What the row is: &quot;co&quot;, &quot;step&quot;, &quot;group&quot; or &quot;note&quot;. The step of the row&apos;s place in the tree (a Step; None on a Co row). The Co of the row&apos;s place in the tree (a Co, or None for &quot;not yet placed&quot;). True for a shortlisted note or group card, and for the notes of a shortlisted group. The words a search looks in: the note&apos;s text and its author&apos;s name, in lower case. The invisible root&apos;s index (the default parent). A row&apos;s key: (&quot;co&quot;, Co | None), (&quot;step&quot;, Co | None, Step) or (&quot;note&quot;, note id).
----------
The dock&apos;s width when it is first shown, at 100 % text (px).</extracomment>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/outline/words.py" line="+36"/>
        <source>1 note</source>
        <extracomment>A row shows at most this many characters of a note&apos;s text (the sentence has it all).</extracomment>
        <translation>1 Zettel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n notes</source>
        <translation>%n Zettel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not yet placed</source>
        <translation>Noch kein Co</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n dots</source>
        <translation>%n Punkte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>impact %n of 5</source>
        <translation>Wirkung %n von 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ shortlisted</source>
        <translation>★ auf der Auswahlliste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group %1, %2.</source>
        <translation>Gruppe %1, %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written by %1.</source>
        <translation>Geschrieben von %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymous.</source>
        <translation>Anonym.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 dot.</source>
        <translation>1 Punkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n dots.</source>
        <translation>%n Punkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impact %n of 5.</source>
        <translation>Wirkung %n von 5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the shortlist.</source>
        <translation>Auf der Auswahlliste.</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../../costar_desktop/ui/outline/dock.py" line="-122"/>
        <location line="+1"/>
        <source>Search the notes</source>
        <extracomment>The keys of the tree and the table&apos;s action each one runs on the chosen note. Enter or F2 on the tree: edit the chosen note&apos;s words. Delete or Backspace on the tree: delete the chosen note. D, S or 0–5 on the tree: run this action of the table on the chosen note. The chosen row changed: the note&apos;s id (None for a Co or step row).</extracomment>
        <translation>Zettel durchsuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This s&amp;tep only</source>
        <translation>Nur dieser Schr&amp;itt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This step only</source>
        <translation>Nur dieser Schritt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Sear&amp;ch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sh&amp;ortlisted only</source>
        <translation>Nur die Aus&amp;wahlliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlisted only</source>
        <translation>Nur die Auswahlliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outline of the workshop</source>
        <translation>Gliederung des Workshops</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or F2 edits the note, Delete deletes it, D gives or takes back a dot, S adds it to the shortlist or takes it off, 1 to 5 set its impact, Ctrl+F searches</source>
        <translation>Enter oder F2 bearbeitet den Zettel, Entf löscht ihn, D gibt einen Punkt oder nimmt ihn zurück, S setzt ihn auf die Auswahlliste oder nimmt ihn herunter, 1 bis 5 bewerten die Wirkung, Strg+F sucht</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/dialogs.py" line="+35"/>
        <source>Participant or group</source>
        <translation>Teilnehmende Person oder Gruppe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A name, a role or a table, e.g. “Table 2 – carers”</source>
        <translation>Name, Rolle oder Tisch, z. B. „Tisch 2 – Angehörige“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a table group, not one person</source>
        <translation>Das ist eine Tischgruppe, keine einzelne Person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People at this table</source>
        <translation>Personen an diesem Tisch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each person at the table gets the dots one person gets, so a table of eight has eight people&apos;s dots.</source>
        <translation>Jede Person am Tisch bekommt so viele Punkte wie eine einzelne Person. Ein Tisch mit acht Personen hat also die Punkte von acht Personen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;People at this table:</source>
        <translation>&amp;Personen an diesem Tisch:</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <location line="+30"/>
        <source>Participants and table groups</source>
        <translation>Teilnehmende und Tischgruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes can show who wrote them. Add people or table groups here. A role or a table name is enough: names are optional.</source>
        <translation>Zettel können zeigen, wer sie geschrieben hat. Fügen Sie hier Personen oder Tischgruppen hinzu. Eine Rolle oder ein Tischname reicht: Namen sind freiwillig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants and groups</source>
        <translation>Teilnehmende und Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>Hinzu&amp;fügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/people.py" line="+133"/>
        <source>Who could help make the shortlist happen? Names are optional.</source>
        <translation>Wer könnte helfen, die Auswahlliste umzusetzen? Namen sind freiwillig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-producers</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>inside</source>
        <translation>innen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outside</source>
        <translation>außen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Add co-producer</source>
        <translation>Mitwirkende Person hinzufügen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could bring</source>
        <translation>Könnte einbringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement</source>
        <translation>Mitwirken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit co-producer</source>
        <translation>Mitwirkende Person bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove co-producer</source>
        <translation>Mitwirkende Person entfernen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location line="-95"/>
        <source>Co-producer</source>
        <translation>Mitwirkende Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional – a role alone is fine</source>
        <translation>Freiwillig – eine Rolle reicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. “Peer mentor”, “Carers&apos; network”</source>
        <translation>z. B. „Peer-Mentor/in“, „Netzwerk für Angehörige“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inside the organisation</source>
        <translation>In der Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the organisation</source>
        <translation>Außerhalb der Organisation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shortlisted ideas this person links to</source>
        <translation>Ideen auf der Auswahlliste, zu denen diese Person passt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What they could &amp;bring:</source>
        <translation>Was sie &amp;einbringen können:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How they want to be &amp;involved:</source>
        <translation>Wie sie &amp;mitmachen möchten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links to the &amp;shortlist:</source>
        <translation>Bezug zur Aus&amp;wahlliste:</translation>
    </message>
</context>
<context>
    <name>PhonesDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/room/tools.py" line="+369"/>
        <location line="+2"/>
        <source>Phones in the room</source>
        <translation>Handys im Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No phone has joined yet.</source>
        <translation>Noch ist kein Handy beigetreten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove this phone</source>
        <translation>Dieses Handy &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its notes stay; it cannot send anything more</source>
        <translation>Seine Zettel bleiben; es kann nichts mehr schicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Let new phones join</source>
        <translation>&amp;Neue Handys zulassen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/preferences.py" line="+35"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of everything</source>
        <translation>Größe insgesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not rely on colour: show a letter and a pattern for each note colour</source>
        <translation>Nicht nur auf Farbe verlassen: Buchstabe und Muster zu jeder Farbe zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show live captions while typing (presentation mode)</source>
        <translation>Beim Schreiben Live-Untertitel zeigen (Präsentationsmodus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>While a note is typed in presentation mode, its words are shown large along the bottom of the screen, so that the person who said it can check them.</source>
        <translation>Während im Präsentationsmodus ein Zettel geschrieben wird, stehen seine Wörter groß am unteren Bildschirmrand, damit die Person, die es gesagt hat, sie prüfen kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“Size of everything” takes effect the next time CoStar Desktop starts. The other choices apply at once.</source>
        <translation>„Größe insgesamt“ gilt ab dem nächsten Start von CoStar Desktop. Alles andere gilt sofort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size of everything:</source>
        <translation>&amp;Größe insgesamt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="+9"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Switch between the star and this step&apos;s &amp;work, in large type</source>
        <translation>Zwischen Stern und &amp;Ergebnissen dieses Schritts wechseln, in großer Schrift</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location line="-295"/>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save an action plan, a report or blank templates as PDF</source>
        <translation>Aktionsplan, Bericht oder leere Vorlagen als PDF speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print an action plan, a report or blank templates</source>
        <translation>Aktionsplan, Bericht oder leere Vorlagen drucken</translation>
    </message>
    <message>
        <location line="+884"/>
        <source>Print the &amp;run sheet…</source>
        <translation>&amp;Ablaufplan drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the day&apos;s plan for the facilitator: times, methods, what each block needs and notes</source>
        <translation>Den Plan des Tages für die Moderation drucken: Zeiten, Methoden, was jeder Block braucht, und Notizen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the agenda &amp;handout…</source>
        <translation>&amp;Tagesordnung zum Austeilen drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the day&apos;s times and titles for participants, in large type or easy read</source>
        <translation>Zeiten und Titel des Tages für die Teilnehmenden drucken, in großer Schrift oder in Leichter Sprache</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/printing.py" line="+384"/>
        <source>Export PDF</source>
        <extracomment>Progress from 0.0 to 1.0. The job ended well; carries the output path (or None after printing). The job failed; carries a plain message (empty when the user cancelled). A job finished (True) or failed or was cancelled (False); for tests and the status bar.</extracomment>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the PDF…</source>
        <translation>PDF wird erstellt…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved the PDF to %1</source>
        <translation>PDF gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the printer</source>
        <translation>An den Drucker geschickt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF could not be made: %1</source>
        <translation>Das PDF konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing failed</source>
        <translation>Drucken hat nicht geklappt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location line="-427"/>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop report</source>
        <translation>Workshop-Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank templates</source>
        <translation>Leere Vorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run sheet (the day&apos;s plan, for the facilitator)</source>
        <translation>Ablaufplan (der Plan des Tages, für die Moderation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda handout (for participants)</source>
        <translation>Tagesordnung zum Austeilen (für die Teilnehmenden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outline (every note as a nested list)</source>
        <translation>Gliederung (alle Zettel als geschachtelte Liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agenda has no blocks yet. Plan the day in the Agenda panel first.</source>
        <translation>Die Tagesordnung hat noch keine Blöcke. Planen Sie den Tag zuerst im Bereich Tagesordnung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Print</source>
        <extracomment>Printing resolution: sharp text on paper without huge images in the print queue.</extracomment>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Easy read (large type, plain words)</source>
        <translation>Leichte Sprache (große Schrift, einfache Wörter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Order actions by:</source>
        <translation>Aktionen &amp;ordnen nach:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blank templates need no workshop: the title and date are printed on them if the workshop has them.</source>
        <translation>Leere Vorlagen brauchen keinen Workshop: Titel und Datum werden mitgedruckt, wenn der Workshop welche hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to print</source>
        <translation>Was gedruckt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order actions by</source>
        <translation>Aktionen ordnen nach</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="-925"/>
        <source>&amp;Anonymise names (e.g. “Service user 3”)</source>
        <translation>Namen &amp;anonymisieren (z. B. „Leistungsnutzende 3“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exports and PDFs show each participant&apos;s kind and a number instead of their name, notes&apos; authors and co-producers included</source>
        <translation>Exporte und PDFs zeigen statt des Namens die Art der Teilnehmenden und eine Nummer – auch bei Verfasserinnen und Verfassern von Zetteln und bei Mitwirkenden</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location line="-109"/>
        <source>Pro&amp;gramme</source>
        <translation>Pro&amp;gramm</translation>
    </message>
    <message>
        <location line="+775"/>
        <source>&amp;Start the programme</source>
        <translation>Programm &amp;starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the agenda against the clock: the first block not yet run, or go on where the day was</source>
        <translation>Die Tagesordnung nach der Uhr ablaufen lassen: der erste Block, der noch nicht gelaufen ist, oder dort weiter, wo der Tag stand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre&amp;vious block</source>
        <translation>&amp;Voriger Block</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Next block</source>
        <translation>&amp;Nächster Block</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>+&amp;5 minutes</source>
        <translation>+&amp;5 Minuten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pause / &amp;go on</source>
        <translation>Anhalten / &amp;weiter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;top the programme</source>
        <translation>Programm &amp;beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the run; each block keeps its real start and length</source>
        <translation>Den Ablauf beenden; jeder Block behält seinen wirklichen Beginn und seine Dauer</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Show &amp;agenda</source>
        <translation>Tagesordnung an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day&apos;s blocks, their times and methods</source>
        <translation>Die Blöcke des Tages mit ihren Zeiten und Methoden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dd block…</source>
        <translation>Block &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit block…</source>
        <translation>Block b&amp;earbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete block</source>
        <translation>Block &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move block &amp;up</source>
        <translation>Block nach &amp;oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move block do&amp;wn</source>
        <translation>Block nach &amp;unten verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Put in a programme…</source>
        <translation>&amp;Programm einsetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a shipped programme or one of yours the agenda (undo brings the old one back)</source>
        <translation>Ein mitgeliefertes oder eigenes Programm zur Tagesordnung machen (Rückgängig holt die alte zurück)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New wor&amp;kshop from a programme…</source>
        <translation>Neuer Wo&amp;rkshop aus einem Programm…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save agenda as &amp;my programme…</source>
        <translation>Tagesordnung als &amp;mein Programm speichern…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Continue on a new day…</source>
        <translation>Am nächsten Tag &amp;fortsetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of this workshop for the next day, with the next day&apos;s programme (this file stays as it is)</source>
        <translation>Eine Kopie dieses Workshops für den nächsten Tag, mit dem Programm des nächsten Tages (diese Datei bleibt, wie sie ist)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xport agenda as a file…</source>
        <translation>Tagesordnung als Datei e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A programme file to give to a colleague</source>
        <translation>Eine Programmdatei zum Weitergeben an Kolleginnen und Kollegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import a programme file…</source>
        <translation>Programmdatei &amp;importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check a programme file and keep it with your own programmes</source>
        <translation>Eine Programmdatei prüfen und bei Ihren eigenen Programmen ablegen</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/programme/run.py" line="+62"/>
        <source>1 minute</source>
        <extracomment>Start on a new day more than this many minutes from its planned start asks whether the day should start now instead. A day within this many minutes of its plan is &quot;On time&quot;.</extracomment>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n minutes</source>
        <translation>%n Minuten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%n minutes left</source>
        <translation>noch %n Minuten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 minute over</source>
        <translation>1 Minute drüber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n minutes over</source>
        <translation>%n Minuten drüber</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (paused)</source>
        <translation>%1 (angehalten)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On time</source>
        <translation>Im Zeitplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n minutes behind</source>
        <translation>%n Minuten im Verzug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n minutes ahead</source>
        <translation>%n Minuten voraus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Next: %1, %2</source>
        <translation>Danach: %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the last block</source>
        <translation>Das ist der letzte Block</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block %1 of %2: %3</source>
        <translation>Block %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Block %1 of %2</source>
        <extracomment>The running changed: started, another block, paused or going on, +5, stopped. The clock (POSIX seconds); tests put a fake one here. (block id, paused) as last shown: a change is told to the bar and announced.</extracomment>
        <translation>Block %1 von %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Every block of the agenda has run.</source>
        <translation>Alle Blöcke der Tagesordnung sind gelaufen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start the programme</source>
        <translation>Programm starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan starts the day at %1, and it is %2 now. Start the day now, at %2, so that every block&apos;s time follows from now?</source>
        <translation>Laut Plan beginnt der Tag um %1, jetzt ist es %2. Den Tag jetzt beginnen, um %2, damit die Zeiten aller Blöcke von jetzt an gelten?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start the day at %1</source>
        <translation>Den Tag um %1 beginnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That was the last block: the programme has ended.</source>
        <translation>Das war der letzte Block: Das Programm ist zu Ende.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Five more minutes.</source>
        <translation>Fünf Minuten mehr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Going on.</source>
        <translation>Es geht weiter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The programme has stopped; what ran is kept.</source>
        <translation>Das Programm ist beendet; was gelaufen ist, bleibt festgehalten.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No agenda yet: plan the day&apos;s blocks first (Programme → Agenda).</source>
        <translation>Noch keine Tagesordnung: Planen Sie zuerst die Blöcke des Tages (Programm → Tagesordnung).</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/programme/words.py" line="+22"/>
        <source>Silent writing</source>
        <extracomment>core.programme.METHODS in the window&apos;s words: key -&gt; (name, what happens).</extracomment>
        <translation>Stilles Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone writes their own notes quietly first, one idea a note, so that the loudest voice does not set the agenda.</source>
        <translation>Alle schreiben zuerst still ihre eigenen Zettel, eine Idee pro Zettel. So bestimmt nicht die lauteste Stimme, worüber gesprochen wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round the table</source>
        <translation>Reihum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each person in turn says one thing or passes; nobody speaks twice until everyone has had a turn.</source>
        <translation>Alle sagen der Reihe nach eine Sache oder setzen aus. Niemand spricht zweimal, bevor alle an der Reihe waren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pairs</source>
        <translation>Zu zweit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two people talk for a few minutes, then each tells the group what the other said.</source>
        <translation>Zwei Personen sprechen ein paar Minuten miteinander. Dann erzählt jede der Gruppe, was die andere gesagt hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Small groups</source>
        <translation>Kleingruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables of four to six work on the same question and bring back one or two points each.</source>
        <translation>Tische mit vier bis sechs Personen arbeiten an derselben Frage und bringen je ein oder zwei Ergebnisse mit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dot voting</source>
        <translation>Punkte kleben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone has the same number of dots and puts them on the notes that matter most to them; the totals show where the room leans.</source>
        <translation>Alle haben gleich viele Punkte und kleben sie auf die Zettel, die ihnen am wichtigsten sind. Die Summen zeigen, wohin die Gruppe tendiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gallery walk</source>
        <translation>Galerierundgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work is up on the walls or the screen; people go round in small groups and add notes or questions where they stop.</source>
        <translation>Die Arbeit hängt an den Wänden oder ist auf dem Bildschirm. Alle gehen in kleinen Gruppen herum und ergänzen Zettel oder Fragen, wo sie stehen bleiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sceptics&apos; corner</source>
        <translation>Ecke der Skeptiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One group speaks for the doubters (a manager, a board member, a worried colleague); the others answer them, and the answers become notes.</source>
        <translation>Eine Gruppe spricht für die Zweifelnden (eine Führungskraft, ein Vorstandsmitglied, ein besorgter Kollege). Die anderen antworten ihnen, und die Antworten werden zu Zetteln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whole room</source>
        <translation>Alle zusammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone together: the facilitator gathers what the tables found and checks the room agrees.</source>
        <translation>Alle gemeinsam: Die Moderation sammelt, was die Tische herausgefunden haben, und prüft, ob alle im Raum zustimmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Short input</source>
        <translation>Kurzer Input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few minutes from the facilitator or a guest, then time for questions.</source>
        <translation>Ein paar Minuten Input von der Moderation oder einem Gast, danach Zeit für Fragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breakout tables</source>
        <translation>Arbeit an Tischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each table works on its own laptop&apos;s copy of the workshop; the work is brought back onto the shared screen afterwards.</source>
        <translation>Jeder Tisch arbeitet auf seinem eigenen Laptop mit einer Kopie des Workshops. Danach kommt die Arbeit zurück auf den gemeinsamen Bildschirm.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%n min</source>
        <translation>%n Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n h</source>
        <translation>%n Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ ran</source>
        <translation>✓ gelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ ran %1</source>
        <translation>✓ gelaufen %1</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/programme/tools.py" line="+55"/>
        <source>Agenda</source>
        <extracomment>The Agenda dock&apos;s width when it is shown, at 100 % text (px): a block&apos;s title keeps about 20 characters a line beside its times, step, length and method. How long a result stays in the status bar (ms).</extracomment>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Add a block</source>
        <extracomment>The dialog open now (for tests and the keyboard).</extracomment>
        <translation>Block hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit a block</source>
        <translation>Block bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete a block</source>
        <translation>Block löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move a block</source>
        <translation>Block verschieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the start of the day</source>
        <translation>Beginn des Tages ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Put in a programme</source>
        <translation>Programm einsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agenda has %n blocks. Put “%1” in its place? (Edit → Undo brings the agenda back.)</source>
        <translation>Die Tagesordnung hat %n Blöcke. „%1“ an ihre Stelle setzen? (Bearbeiten → Rückgängig holt die Tagesordnung zurück.)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Put in the programme “%1”</source>
        <translation>Programm „%1“ einsetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ “%1” is the agenda now.</source>
        <translation>✓ „%1“ ist jetzt die Tagesordnung.</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+26"/>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+64"/>
        <source>The agenda has no blocks yet.</source>
        <translation>Die Tagesordnung hat noch keine Blöcke.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Save agenda as my programme</source>
        <translation>Tagesordnung als mein Programm speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name of the programme:</source>
        <translation>&amp;Name des Programms:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The programme is not saved: %1</source>
        <translation>Das Programm ist nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Saved as your programme “%1”.</source>
        <translation>✓ Als Ihr Programm „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the agenda as a file</source>
        <translation>Tagesordnung als Datei exportieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ The agenda is in “%1”.</source>
        <translation>✓ Die Tagesordnung steht jetzt in „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a programme file</source>
        <translation>Programmdatei importieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This programme cannot be used</source>
        <translation>Dieses Programm kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ “%1” is one of your programmes now: Programme → Put in a programme…</source>
        <translation>✓ „%1“ ist jetzt eines Ihrer Programme: Programm → Programm einsetzen…</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/programme/next_day.py" line="+43"/>
        <source>%1 – next day.costar</source>
        <translation>%1 – nächster Tag.costar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the next day&apos;s workshop as</source>
        <translation>Den Workshop des nächsten Tages speichern unter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CoStar workshops (*.costar)</source>
        <translation>CoStar-Workshops (*.costar)</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../costar_desktop/ui/room/qr.py" line="+86"/>
        <source>QR code to join the room</source>
        <extracomment>Modules of white around the code, as the QR standard asks.</extracomment>
        <translation>QR-Code, um dem Raum beizutreten</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/ranking.py" line="+39"/>
        <source>Rank</source>
        <translation>Platz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Zettel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlist</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ranking of notes</source>
        <translation>Rangfolge der Zettel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The dots are hidden. Reveal them to see the ranking.</source>
        <translation>Die Punkte sind versteckt. Zeigen Sie die Punkte, um die Rangfolge zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Most dots first, then highest impact. Tick the notes for the shortlist (or press S on the star).</source>
        <translation>Die meisten Punkte zuerst, dann die größte Wirkung. Haken Sie die Zettel für die Auswahlliste an (oder drücken Sie S auf dem Stern).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (group)</source>
        <translation> (Gruppe)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="-517"/>
        <source>&amp;Read the note aloud</source>
        <translation>Zettel &amp;vorlesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say the spotlighted or selected note with the computer&apos;s own voice (shown only when the computer has one)</source>
        <translation>Den Zettel im Spotlight oder den ausgewählten Zettel mit der Stimme des Computers vorlesen (nur sichtbar, wenn der Computer eine hat)</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/speech.py" line="+244"/>
        <source>Select one note (or open the spotlight) to have it read aloud.</source>
        <translation>Wählen Sie einen Zettel aus (oder öffnen Sie das Spotlight), um ihn vorlesen zu lassen.</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/base.py" line="+169"/>
        <source>&amp;Add…</source>
        <extracomment>Its name, also the objectName of its dock (&quot;dock_&lt;key&gt;&quot;). Its title in the View → Panels menu and on its dock&apos;s tab (context &quot;StepTools&quot;). The key of the panel whose dock it shares (below it); &quot;&quot; for a dock of its own. The step that brings its dock to the front, if any. The document&apos;s signals (``WorkshopDocument.note_changed``…) that make it refresh. Something went wrong that the user must hear of (title, message); the window shows it. How long (ms) a change waits before panels show it: none, unless phones in the room are sending notes and dots many times a second; then panels catch up at most this often rather than after every one (see :meth:`set_refresh_delay`). Changed while out of sight: refresh when shown (or asked for) again. Whether the panel&apos;s dock is on screen (a dock behind another&apos;s tab is not, though Qt still calls it visible); the step tools say so.</extracomment>
        <translation>Hinzu&amp;fügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>Repair</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/repair.py" line="+41"/>
        <source>Cannot open this workshop</source>
        <translation>Dieser Workshop kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CoStar Desktop can open a repaired copy, “%1”, beside it. These values would be repaired:</source>
        <translation>CoStar Desktop kann daneben eine reparierte Kopie öffnen: „%1“. Diese Werte würden repariert:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the repaired copy? “%1” stays exactly as it is.</source>
        <translation>Die reparierte Kopie öffnen? „%1“ bleibt genau so, wie es ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a repaired copy?</source>
        <translation>Reparierte Kopie öffnen?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the repaired copy as</source>
        <translation>Reparierte Kopie speichern unter</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Not repaired</source>
        <translation>Nicht repariert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened a repaired copy of “%1”; the original was not changed.</source>
        <translation>Eine reparierte Kopie von „%1“ ist geöffnet; das Original wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/backups.py" line="-302"/>
        <source>Restore from backup</source>
        <extracomment>How often the window checks whether edits are due a backup (milliseconds).</extracomment>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CoStar Desktop keeps copies of this workshop in your data folder: when it is opened, every ten minutes while you work, and before it is upgraded. Choose one.</source>
        <translation>CoStar Desktop bewahrt Kopien dieses Workshops in Ihrem Datenordner auf: beim Öffnen, alle zehn Minuten während der Arbeit und vor einer Aktualisierung. Wählen Sie eine aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Zettel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Restore &amp;here</source>
        <translation>&amp;Hier wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the open workshop with this backup. Its current state is backed up first, so this can be undone the same way.</source>
        <translation>Den offenen Workshop durch diese Sicherung ersetzen. Der jetzige Stand wird vorher gesichert; so lässt sich das auf demselben Weg rückgängig machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore as a &amp;copy…</source>
        <translation>Als &amp;Kopie wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the backup to a new file and open it; this file stays as it is.</source>
        <translation>Die Sicherung in eine neue Datei schreiben und diese öffnen. Diese Datei bleibt, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../../costar_desktop/ui/room/controller.py" line="+153"/>
        <source>Open a workshop first.</source>
        <extracomment>What arrived in this many milliseconds (at most) is written in one transaction. The wait follows the disk: twice as long as the last commit took, so a fast disk writes a phone&apos;s note almost at once and a slow one gathers more notes into each commit. The room&apos;s state is sent to the phones at most this often (milliseconds). How often (seconds) the interpreter may switch threads while the room is open. While the room is open, the step panels (ranking, voting…) catch up with changes at most this often (ms): phones&apos; dots arrive many times a second. The kind a phone&apos;s participant gets when its writer did not say who they are. The room opened (the server listens) or closed (nothing listens). A phone joined or was removed. Notes arrived in the inbox (how many, in this batch). Emitted from the server&apos;s thread: something waits in the queue. Put phones&apos; notes on the star at once, skipping the inbox. The participant made for each phone (by token) in this room. Keys of the notes written while this window is open, across room openings: a phone that rejoins a reopened room resends an unanswered note with the same key. What the phones were last sent (&quot;shared&quot;, &quot;dots&quot;, &quot;mine&quot; by token). The room&apos;s state must be worked out again before the next publish. How each note looked when the room&apos;s state was last worked out.</extracomment>
        <translation>Öffnen Sie zuerst einen Workshop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workshop file is read-only, so phones&apos; notes could not be saved. Save a copy with File → Save As… first.</source>
        <translation>Diese Workshop-Datei ist schreibgeschützt, darum könnten Zettel von Handys nicht gespeichert werden. Speichern Sie zuerst mit Datei → Speichern unter… eine Kopie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+390"/>
        <source>The room could not be opened: %1</source>
        <translation>Der Raum konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Voting is not open just now.</source>
        <translation>Gerade kann nicht abgestimmt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That note is not on the star any more.</source>
        <translation>Dieser Zettel ist nicht mehr auf dem Stern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This phone is not in the room.</source>
        <translation>Dieses Handy ist nicht im Raum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have no dots left. Take one back first.</source>
        <translation>Sie haben keine Punkte mehr. Nehmen Sie zuerst einen zurück.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You have no dot on that note.</source>
        <translation>Sie haben keinen Punkt auf diesem Zettel.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>(a note with no words)</source>
        <translation>(ein Zettel ohne Text)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Another program already uses port %1 on this address. Choose “any free port”, or close the other program.</source>
        <translation>Ein anderes Programm benutzt Port %1 auf dieser Adresse schon. Wählen Sie „Irgendein freier Port“ oder schließen Sie das andere Programm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This laptop no longer has that address: the network may have changed. Check the room again and choose another address.</source>
        <translation>Dieser Laptop hat diese Adresse nicht mehr: Vielleicht hat sich das Netzwerk geändert. Prüfen Sie den Raum noch einmal und wählen Sie eine andere Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer does not let CoStar Desktop use port %1. Choose “any free port”.</source>
        <translation>Dieser Computer lässt CoStar Desktop Port %1 nicht benutzen. Wählen Sie „Irgendein freier Port“.</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/room/tools.py" line="-331"/>
        <location line="+215"/>
        <source>Inbox: phones&apos; notes</source>
        <extracomment>The Room menu&apos;s actions that need an open room (the table&apos;s When.OWNER).</extracomment>
        <translation>Eingang: Zettel von Handys</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>The room</source>
        <extracomment>The card over the star, while shown.</extracomment>
        <translation>Der Raum</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The room could not be opened</source>
        <translation>Der Raum konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The room is closed: no phone can reach this laptop now.</source>
        <translation>Der Raum ist geschlossen: Kein Handy kann diesen Laptop jetzt erreichen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Room &amp;details…</source>
        <translation>Details zum &amp;Raum…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="+357"/>
        <source>&amp;Open the room for phones…</source>
        <translation>&amp;Raum für Handys öffnen…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>A note from a phone is in the inbox (Ctrl+Shift+I).</source>
        <translation>Ein Zettel von einem Handy ist im Eingang (Strg+Umschalt+I).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 notes from phones are in the inbox (Ctrl+Shift+I).</source>
        <translation>%1 Zettel von Handys sind im Eingang (Strg+Umschalt+I).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="+53"/>
        <source>&amp;Inbox: phones&apos; notes</source>
        <translation>&amp;Eingang: Zettel von Handys</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbox: %1 waiting</source>
        <translation>Eingang: %1 Zettel warten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>📱 Room open: %1 phones</source>
        <translation>📱 Raum offen: %1 Handys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>📱 Room open: 1 phone</source>
        <translation>📱 Raum offen: 1 Handy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✉ %1 in the inbox</source>
        <translation>✉ %1 im Eingang</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="-898"/>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <location line="+849"/>
        <source>Let everyone in the room write notes and give dots from their own phone, over the room&apos;s own network (no internet needed)</source>
        <translation>Alle im Raum können mit dem eigenen Handy Zettel schreiben und Punkte geben, über das Netzwerk vor Ort (ohne Internet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show &amp;how to join</source>
        <translation>&amp;Zeigen, wie man beitritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the QR code, the address and the join code large, for the room (opens the room first if it is closed)</source>
        <translation>QR-Code, Adresse und Beitrittscode groß für den Raum zeigen (öffnet zuerst den Raum, wenn er geschlossen ist)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Let new phones join</source>
        <translation>&amp;Neue Handys zulassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Phones in the room…</source>
        <translation>&amp;Handys im Raum…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Put &amp;every inbox note on the star</source>
        <translation>&amp;Alle Zettel aus dem Eingang auf den Stern legen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put phones&apos; notes on the star &amp;at once</source>
        <translation>Zettel von Handys so&amp;fort auf den Stern legen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skip the inbox: each note from a phone goes onto the star as it arrives</source>
        <translation>Den Eingang überspringen: Jeder Zettel von einem Handy kommt direkt auf den Stern, sobald er ankommt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close the room</source>
        <translation>Raum &amp;schließen</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <location filename="../../costar_desktop/ui/room/card.py" line="+54"/>
        <source>How to join the room</source>
        <extracomment>The QR code&apos;s side in compact form, as a share of the window&apos;s height.</extracomment>
        <translation>So treten Sie dem Raum bei</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Scan the code, or open this address and type the code</source>
        <translation>Scannen Sie den Code – oder öffnen Sie diese Adresse und tippen Sie den Code ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join code</source>
        <translation>Beitrittscode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join code: %1</source>
        <translation>Beitrittscode: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room is not taking new phones.</source>
        <translation>Der Raum nimmt gerade keine neuen Handys auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The room is not taking new phones.
Phones already in the room can still send notes.</source>
        <translation>Der Raum nimmt gerade keine neuen Handys auf.
Handys, die schon im Raum sind, können weiter Zettel schicken.</translation>
    </message>
</context>
<context>
    <name>RoomCheck</name>
    <message>
        <location filename="../../costar_desktop/ui/room/network.py" line="+138"/>
        <source>Hotspot</source>
        <translation>Hotspot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethernet (cable)</source>
        <translation>Ethernet (Kabel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual or VPN (phones cannot reach it)</source>
        <translation>Virtuell oder VPN (Handys erreichen es nicht)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— no address from the network</source>
        <translation>— keine Adresse vom Netzwerk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fine</source>
        <extracomment>A symbol for each level; always shown with its word (colour is never the only signal).</extracomment>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The laptop is not on any network.</source>
        <translation>Der Laptop ist mit keinem Netzwerk verbunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the venue&apos;s Wi-Fi or start the laptop&apos;s hotspot, then press Check again. How to start a hotspot: docs/room.md.</source>
        <translation>Verbinden Sie den Laptop mit dem WLAN vor Ort oder starten Sie seinen Hotspot. Drücken Sie dann „Noch einmal prüfen“. Wie Sie einen Hotspot starten: docs/room.md.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The network gave the laptop no address (it made up %1 itself).</source>
        <translation>Das Netzwerk hat dem Laptop keine Adresse gegeben (er hat sich %1 selbst gegeben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones will not find it. Connect to the Wi-Fi again, or start the laptop&apos;s hotspot, then press Check again.</source>
        <translation>Handys werden ihn nicht finden. Verbinden Sie den Laptop noch einmal mit dem WLAN oder starten Sie seinen Hotspot. Drücken Sie dann „Noch einmal prüfen“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The laptop is on one network: %1.</source>
        <translation>Der Laptop ist mit einem Netzwerk verbunden: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones must join this same network.</source>
        <translation>Die Handys müssen sich mit genau diesem Netzwerk verbinden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The laptop is on %1 networks.</source>
        <translation>Der Laptop ist mit %1 Netzwerken verbunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick the one the phones are on: usually the venue&apos;s Wi-Fi or the hotspot.</source>
        <translation>Wählen Sie das, in dem die Handys sind: meist das WLAN vor Ort oder der Hotspot.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows calls the network “%1” Public: its firewall blocks phones.</source>
        <translation>Windows nennt das Netzwerk „%1“ öffentlich: Die Firewall sperrt die Handys aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Settings, “Network and internet”, open “%1” and choose Private network, or use the laptop&apos;s hotspot.</source>
        <translation>Öffnen Sie in den Einstellungen „Netzwerk und Internet“, dann „%1“, und wählen Sie „Privates Netzwerk“ – oder nutzen Sie den Hotspot des Laptops.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Windows may ask whether CoStar Desktop may use the network.</source>
        <translation>Windows fragt vielleicht, ob CoStar Desktop das Netzwerk benutzen darf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow it on private networks.</source>
        <translation>Erlauben Sie es für private Netzwerke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phones may warn “no internet”.</source>
        <translation>Handys warnen vielleicht: „Kein Internet“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell people to stay connected, and to switch mobile data off if their notes do not arrive.</source>
        <translation>Sagen Sie allen, dass sie verbunden bleiben sollen. Kommen ihre Zettel nicht an, sollen sie die mobilen Daten ausschalten.</translation>
    </message>
</context>
<context>
    <name>RoomDetailsDialog</name>
    <message>
        <location filename="../../costar_desktop/ui/room/tools.py" line="+30"/>
        <source>The room is open</source>
        <translation>Der Raum ist offen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Let new phones join</source>
        <translation>&amp;Neue Handys zulassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phones in the room…</source>
        <translation>&amp;Handys im Raum…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close the room</source>
        <translation>Raum &amp;schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones can no longer send anything; their notes stay</source>
        <translation>Handys können dann nichts mehr senden; ihre Zettel bleiben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No phone has joined yet.</source>
        <translation>Noch ist kein Handy beigetreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 phone has joined.</source>
        <translation>1 Handy ist beigetreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 phones have joined.</source>
        <translation>%1 Handys sind beigetreten.</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../costar_desktop/ui/widgets.py" line="+80"/>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="-469"/>
        <source>Spot&amp;light: the selected note in large type</source>
        <translation>Spot&amp;light: der ausgewählte Zettel in großer Schrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the selected note across the canvas in large type; the arrow keys go to the next and previous note, Escape goes back to the star</source>
        <translation>Den ausgewählten Zettel groß über die ganze Arbeitsfläche zeigen; die Pfeiltasten gehen zum nächsten und vorigen Zettel, Escape geht zum Stern zurück</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/spotlight.py" line="+174"/>
        <source>A group of 1 note</source>
        <extracomment>The note&apos;s words grow up to this many times the readable size when they are few. The lines under the words (author, Co, dots…), as a share of the words&apos; readable size. The buttons&apos; words, as a share of it; the buttons are never smaller than MIN_TARGET. …but no larger than this (pixels), so that the row of buttons fits at the largest text size. A sideways swipe walks once the finger went this far (pixels) and mostly sideways. A touch that moved less than this (pixels) is a tap. No maximum height (Qt&apos;s QWIDGETSIZE_MAX). A group card lists this many of its notes, then says how many more there are. The words keep room for at least this many lines; the lines about them give way. A note too long to fit keeps this share of the card (it scrolls); the rest is for the lines about it. Document signals that can change what the spotlight shows. Keys that run the canvas&apos;s own actions (ui/shell/actions.py) on the spotlighted note. The note&apos;s words (a group card&apos;s title). The lines under the words: who, where, dots and ratings, group; a group&apos;s notes. What a screen reader says (the canvas&apos;s words for the note) and adds.</extracomment>
        <translation>Eine Gruppe mit 1 Zettel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A group of %1 notes</source>
        <translation>Eine Gruppe mit %1 Zetteln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written by %1</source>
        <translation>Geschrieben von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written by: anonymous</source>
        <translation>Geschrieben von: anonym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet placed in a Co</source>
        <translation>noch keinem Co zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 step</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dots hidden until they are revealed</source>
        <translation>Punkte verborgen, bis sie aufgedeckt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its group has no dots yet</source>
        <translation>ihre Gruppe hat noch keine Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its group has 1 dot</source>
        <translation>ihre Gruppe hat 1 Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its group has %1 dots</source>
        <translation>ihre Gruppe hat %1 Punkte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no dots yet</source>
        <translation>noch keine Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dots</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>impact %1 of 5</source>
        <translation>Wirkung %1 von 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no impact rating</source>
        <translation>keine Wirkungsbewertung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>★ on the shortlist</source>
        <translation>★ auf der Auswahlliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an example from elsewhere</source>
        <translation>ein Beispiel von anderswo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the group “%1”</source>
        <translation>in der Gruppe „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no words yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2.</source>
        <translation>%1 von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dots are hidden.</source>
        <translation>Die Punkte sind verborgen.</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Which note of how many</source>
        <extracomment>Editing ended: &quot;enter&quot;, &quot;escape&quot; or &quot;focus&quot;. Leave the spotlight (Escape, the Close button). Run the table&apos;s action with this id on the spotlighted note (D, S, 1–5, 0). The spotlight moved to this note (the canvas&apos;s selection follows). The stops in order, and the note shown (None: there are no notes). The readable size of the words for this window, and the size they are shown at.</extracomment>
        <translation>Welcher Zettel von wie vielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note&apos;s colour</source>
        <translation>Die Farbe des Zettels</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About this note</source>
        <translation>Über diesen Zettel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>← Previous</source>
        <translation>← Voriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous note (Left arrow)</source>
        <translation>Voriger Zettel (Pfeil nach links)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✎ Edit</source>
        <translation>✎ Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the words (Enter)</source>
        <translation>Den Text bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⬤ Dot</source>
        <translation>⬤ Punkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give or take back a dot (D)</source>
        <translation>Einen Punkt geben oder zurücknehmen (D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>★ Shortlist</source>
        <translation>★ Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to or remove from the shortlist (S)</source>
        <translation>Auf die Auswahlliste setzen oder davon entfernen (S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>🔊 Read aloud</source>
        <translation>🔊 Vorlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the note aloud (R)</source>
        <translation>Den Zettel vorlesen (R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next →</source>
        <translation>Nächster →</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next note (Right arrow)</source>
        <translation>Nächster Zettel (Pfeil nach rechts)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✕ Back to the star</source>
        <translation>✕ Zurück zum Stern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the star (Escape)</source>
        <translation>Zurück zum Stern (Escape)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Note %1 of %2</source>
        <translation>Zettel %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 note</source>
        <translation>Zettelfarbe: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There are no notes yet. Go back to the star (Escape) and add some.</source>
        <translation>Es gibt noch keine Zettel. Gehen Sie zum Stern zurück (Escape) und fügen Sie welche hinzu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spotlight: there are no notes yet</source>
        <translation>Spotlight: es gibt noch keine Zettel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape goes back to the star.</source>
        <translation>Escape geht zum Stern zurück.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spotlight: the arrow keys, Page Up and Page Down go to the previous and next note, Enter edits, Escape goes back to the star.</source>
        <translation>Spotlight: Die Pfeiltasten, Bild auf und Bild ab gehen zum vorigen und nächsten Zettel, Eingabe bearbeitet, Escape geht zum Stern zurück.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Editing. Enter saves, Shift+Enter starts a new line, Escape keeps what you typed.</source>
        <translation>Bearbeiten. Eingabe speichert, Umschalt+Eingabe beginnt eine neue Zeile, Escape behält das Geschriebene.</translation>
    </message>
</context>
<context>
    <name>StarItem</name>
    <message>
        <location filename="../../costar_desktop/ui/canvas/star_item.py" line="+35"/>
        <source>Zoom to %1 (click again for the whole star)</source>
        <translation>Auf %1 zoomen (noch einmal klicken für den ganzen Stern)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Parking area – notes that have no Co yet</source>
        <translation>Parkplatz – Zettel, die noch kein Co haben</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Co-Production
Star</source>
        <translation>Co-Produktions-
Stern</translation>
    </message>
</context>
<context>
    <name>StepBanner</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/banner.py" line="+70"/>
        <source>Go to the %1 step (Ctrl+%2)</source>
        <extracomment>&quot;Block 2 of 6: Map: what we already do&quot; &quot;⏱ 12 minutes left&quot;, &quot;⚠ 3 minutes over&quot;, &quot;⏸ 12 minutes left (paused)&quot; &quot;Next: Break, 15 minutes&quot; &quot;On time&quot;, &quot;✓ 4 minutes ahead&quot;, &quot;⚠ 6 minutes behind&quot; The block has run over its time: the banner takes its time-up look. A step button was pressed.</extracomment>
        <translation>Zum Schritt %1 gehen (Strg+%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Programme</source>
        <extracomment>The programme while it runs: block, next, ahead or behind (hidden otherwise).</extracomment>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question for this step</source>
        <translation>Frage zu diesem Schritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to run this step</source>
        <translation>So läuft dieser Schritt</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>For the facilitator: </source>
        <extracomment>The timer&apos;s own line, when it does not fit beside the step buttons whole. Only the question (and the timer beside it): while the star is zoomed to a Co in presentation mode, the room gets the height of the step buttons for its notes.</extracomment>
        <translation>Für die Moderation: </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+20"/>
        <source>⏰ Time is up</source>
        <translation>⏰ Die Zeit ist um</translation>
    </message>
    <message>
        <location line="-18"/>
        <source> (paused)</source>
        <translation> (Pause)</translation>
    </message>
</context>
<context>
    <name>StepTools</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/inspiration.py" line="-25"/>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/steps/voting.py" line="+29"/>
        <source>Voting</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/steps/ranking.py" line="-86"/>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/steps/people.py" line="+36"/>
        <source>People</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/steps/voices.py" line="+20"/>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/steps/market.py" line="-12"/>
        <source>Sceptics</source>
        <translation>Zweifelnde</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/steps/actions_panel.py" line="+36"/>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="+85"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show facilitator &amp;hints</source>
        <translation>&amp;Hinweise für die Moderation zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;only this step&apos;s notes</source>
        <translation>Nur Zettel dieses Schritts &amp;zeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Voting mode</source>
        <translation>Abstimmungs&amp;modus</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give or take back a &amp;dot</source>
        <translation>&amp;Punkt geben oder zurücknehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hide or reveal the dots</source>
        <translation>Punkte ver&amp;stecken oder zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Impact %1</source>
        <translation>Wirkung %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No impact rating</source>
        <translation>Keine Wirkungsbewertung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to or remove from the &amp;shortlist</source>
        <translation>Auf die Auswahlliste setzen oder davon &amp;entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Group notes…</source>
        <translation>Zettel &amp;gruppieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Ungroup</source>
        <translation>Gruppe a&amp;uflösen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tid&amp;y this Co</source>
        <translation>Dieses &amp;Co aufräumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lay out one Co&apos;s notes side by side, without overlap: the Co of the selected notes; with none selected, the Co under the pointer (or in the middle of the view)</source>
        <translation>Die Zettel eines Co nebeneinanderlegen, ohne dass sie sich überdecken: das Co der gewählten Zettel; ist keiner gewählt, das Co unter dem Mauszeiger (oder in der Mitte der Ansicht)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tidy the &amp;whole star</source>
        <translation>&amp;Den ganzen Stern aufräumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lay out the notes of every Co and of the parking area side by side, without overlap</source>
        <translation>Die Zettel aller Cos und des Parkplatzes nebeneinanderlegen, ohne dass sie sich überdecken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Make an &amp;action from the note</source>
        <translation>Aus dem Zettel eine &amp;Aktion machen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Carry over open actions…</source>
        <translation>&amp;Offene Aktionen übernehmen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other length…</source>
        <translation>Andere Dauer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pause or resume</source>
        <translation>Pause oder &amp;weiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Beep when time is up</source>
        <translation>&amp;Piepen, wenn die Zeit um ist</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Switch between the star and this step&apos;s &amp;panel</source>
        <translation>Zwischen Stern und Bereich des Schritts &amp;wechseln</translation>
    </message>
    <message>
        <location line="-613"/>
        <source>&amp;Steps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Impact rating</source>
        <translation>Wir&amp;kung bewerten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Move note to step</source>
        <translation>Zettel in Schritt ve&amp;rschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/steps/tools.py" line="+208"/>
        <source>Select two or more notes to group them.</source>
        <extracomment>Panels made so far. A panel is made (and bound to the open workshop) when its dock is first shown or when :meth:`panel` asks for it: at start-up only the current step&apos;s panel is on screen, and the others cost time and follow every change for nothing. Each dock by the key of its first panel (View → Panels lists them so). The action plan was shown only because the group reached Grow. Docks on screen now, as their visibilityChanged says (it follows the tabs).</extracomment>
        <translation>Wählen Sie zwei oder mehr Zettel aus, um sie zu gruppieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group notes</source>
        <translation>Zettel gruppieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A title for the group:</source>
        <translation>Ein Titel für die Gruppe:</translation>
    </message>
</context>
<context>
    <name>StepWorkView</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/presentation_views.py" line="+97"/>
        <source>☰ Ranking</source>
        <extracomment>The steps whose work has a view of its own (the Map&apos;s work is the star itself). Body text on a 1080-pixel-high screen, in pixels; it follows the screen&apos;s height and the text size (ui/canvas/readable.py says why this size). Headlines (the idea, the person, the worry, the action) and the title, as a share of it. Never smaller than this, however small the window. Document signals that can change what one of the views shows. Said instead of the entries when there are none.</extracomment>
        <translation>☰ Rangfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>☰ People</source>
        <translation>☰ Mitwirkende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>☰ Worries</source>
        <translation>☰ Zweifel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>☰ Plan</source>
        <translation>☰ Plan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no words yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The dots are hidden until everyone has voted. Impact and shortlist only.</source>
        <translation>Die Punkte sind versteckt, bis alle abgestimmt haben. Hier stehen nur Wirkung und Auswahlliste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dots are hidden. No idea has an impact rating or a place on the shortlist yet.</source>
        <translation>Die Punkte sind versteckt. Noch hat keine Idee eine Wirkungsbewertung oder einen Platz auf der Auswahlliste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most dots first, then highest impact.</source>
        <translation>Die meisten Punkte zuerst, dann die größte Wirkung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing ranked yet: no dots or impact ratings so far.</source>
        <translation>Noch keine Rangfolge: bisher keine Punkte und keine Wirkungsbewertungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dots</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>impact %1 of 5</source>
        <translation>Wirkung %1 von 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no impact rating</source>
        <translation>keine Wirkungsbewertung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>★ on the shortlist</source>
        <translation>★ auf der Auswahlliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ranking</source>
        <translation>Die Rangfolge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>inside the organisation</source>
        <translation>in der Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside the organisation</source>
        <translation>außerhalb der Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could bring: %1</source>
        <translation>Könnte einbringen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How they take part: %1</source>
        <translation>Wie sie mitmachen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who will co-produce</source>
        <translation>Wer wirkt mit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody named yet: no co-producers so far.</source>
        <translation>Noch niemand genannt: bisher keine Mitwirkenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Our answer: %1</source>
        <translation>Unsere Antwort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Our answer: not agreed yet</source>
        <translation>Unsere Antwort: noch nicht vereinbart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who might say it: %1</source>
        <translation>Wer könnte das sagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sceptics&apos; worries and our answers</source>
        <translation>Zweifel und unsere Antworten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No worries written down yet.</source>
        <translation>Noch keine Zweifel aufgeschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date yet</source>
        <translation>noch kein Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who: %1</source>
        <translation>Wer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By: %1</source>
        <translation>Bis: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First step: %1</source>
        <translation>Erster Schritt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carried over from “%1”</source>
        <translation>Übernommen aus „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The action plan</source>
        <translation>Der Aktionsplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No actions in the plan yet.</source>
        <translation>Noch keine Aktionen im Plan.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Item %1 of %2: %3</source>
        <translation>Eintrag %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>What is shown</source>
        <extracomment>The reader scrolled with a key. Escape in the view: the controller shows the star again. The list. The name hides QWidget.scroll() (scrolling the widget&apos;s pixels), which nothing calls on this view; the tests and the controller know the list by it.</extracomment>
        <translation>Was gezeigt wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where you are in the list</source>
        <translation>Wo Sie in der Liste sind</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1: %2, large view, read only</source>
        <extracomment>Where the reader was before the list was filled again.</extracomment>
        <translation>%1: %2, große Ansicht, nur zum Lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page Up and Page Down scroll; the arrow keys go from item to item; Escape goes back to the star.</source>
        <translation>Mit Bild auf und Bild ab blättern Sie; die Pfeiltasten gehen von Eintrag zu Eintrag; Esc führt zurück zum Stern.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/actions.py" line="+189"/>
        <source>&amp;Hand out to tables…</source>
        <translation>An T&amp;ische austeilen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a copy of this workshop for each breakout table&apos;s laptop</source>
        <translation>Für den Laptop jedes Tisches eine Kopie dieses Workshops speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Bring back tables&apos; files…</source>
        <translation>Dateien der Tische zu&amp;rückholen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring the tables&apos; work back into this workshop: a preview first, then one undo step</source>
        <translation>Die Arbeit der Tische in diesen Workshop zurückholen: erst eine Vorschau, dann in einem Schritt, der sich rückgängig machen lässt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End the brea&amp;kout</source>
        <translation>Tischp&amp;hase beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../costar_desktop/ui/tables/tools.py" line="+91"/>
        <source>Drop what this workshop keeps for bringing tables&apos; files back</source>
        <extracomment>Show the progress of writing or reading tables&apos; files from this many on. How long a result stays in the status bar (ms). The dialog open now (hand-out or preview), for tests and the keyboard. Where the last hand-out wrote to (offered again when bringing back).</extracomment>
        <translation>Löschen, was dieser Workshop zum Zurückholen der Dateien der Tische aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/tables/preview.py" line="+157"/>
        <source>%1 deleted %2, which was changed here since it was handed out.</source>
        <extracomment>A value longer than this is shown cut, with &quot;…&quot; (a pasted page would fill the dialog). (conflict id, choice) when the user picks another answer.</extracomment>
        <translation>Bei %1 gelöscht, aber hier seit dem Austeilen geändert: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed here: %1</source>
        <translation>Hier geändert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted at %1.</source>
        <translation>Bei %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it, with the changes made here</source>
        <translation>Behalten, mit den Änderungen von hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it, as %1 did</source>
        <translation>Löschen, wie bei %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%2 was deleted here; %1 changed it.</source>
        <translation>Hier gelöscht, aber bei %1 geändert: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted here.</source>
        <translation>Hier gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed at %1: %2</source>
        <translation>Bei %1 geändert: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave it deleted</source>
        <translation>Gelöscht lassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both this workshop and %1 changed %3 of %2.</source>
        <translation>Hier und bei %1 geändert: %3 (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved here: %1</source>
        <translation>Hier verschoben: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved at %1: %2</source>
        <translation>Bei %1 verschoben: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this workshop&apos;s</source>
        <translation>Die Fassung von hier behalten</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Bring it back, with the changes from %1</source>
        <translation>Wiederherstellen, mit den Änderungen von %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Take the one from %1</source>
        <translation>Die Fassung von %1 nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep both: the words from %1 become a second note beside it</source>
        <translation>Beide behalten: Der Text von %1 wird ein zweiter Zettel daneben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2.</source>
        <translation>%1 von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Here, in this workshop:</source>
        <translation>Hier, in diesem Workshop:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At %1:</source>
        <translation>Bei %1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Here: %1</source>
        <translation>Hier: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At %1: %2</source>
        <translation>Bei %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision %1 of %2</source>
        <translation>Entscheidung %1 von %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>(changed)</source>
        <translation>(geändert)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../costar_desktop/ui/tables/tools.py" line="+180"/>
        <source>Bring back tables&apos; files</source>
        <translation>Dateien der Tische zurückholen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What the tables&apos; files bring back</source>
        <extracomment>The answers given, by conflict id (a conflict not here takes its default). What &quot;Bring back&quot; will do, in one sentence (follows the choices).</extracomment>
        <translation>Was die Dateien der Tische zurückbringen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 — “%2”</source>
        <translation>%1 — „%2“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No changes since it was handed out or last brought back.</source>
        <translation>Keine Änderungen seit dem Austeilen oder dem letzten Zurückholen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ 1 thing was changed both here and there: decide below.</source>
        <translation>⚠ 1 Sache wurde hier und dort geändert: Bitte entscheiden Sie unten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ %n things were changed both here and there: decide below.</source>
        <translation>⚠ %n Sachen wurden hier und dort geändert: Bitte entscheiden Sie unten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ℹ 1 thing is missing from its file with no record that it was deleted there: it is kept.</source>
        <translation>ℹ 1 Sache fehlt in der Datei, aber nichts zeigt, dass sie dort gelöscht wurde: Hier bleibt sie erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ℹ %n things are missing from its file with no record that they were deleted there: they are kept.</source>
        <translation>ℹ %n Sachen fehlen in der Datei, aber nichts zeigt, dass sie dort gelöscht wurden: Hier bleiben sie erhalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ℹ 1 phone&apos;s note is still waiting in its inbox: it stays on that laptop. Put it on the star there, then bring the file back again.</source>
        <translation>ℹ 1 Zettel von einem Handy wartet dort noch im Eingang: Er bleibt auf dem Laptop des Tisches. Legen Sie ihn dort auf den Stern und holen Sie die Datei dann noch einmal zurück.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ℹ %n phones&apos; notes are still waiting in its inbox: they stay on that laptop. Put them on the star there, then bring the file back again.</source>
        <translation>ℹ %n Zettel von Handys warten dort noch im Eingang: Sie bleiben auf dem Laptop des Tisches. Legen Sie sie dort auf den Stern und holen Sie die Datei dann noch einmal zurück.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✗ Not brought back (each file was left as it was):</source>
        <translation>✗ Nicht zurückgeholt (jede Datei bleibt, wie sie war):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Noticed while bringing back:</source>
        <translation>Beim Zurückholen bemerkt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ %1 now has %2 dots, %3 allowed. No dot is taken away: take some back on the star if the workshop wants to.</source>
        <translation>⚠ %1 hat jetzt %2 Punkte, erlaubt sind %3. Kein Punkt wird weggenommen: Nehmen Sie auf dem Stern Punkte zurück, wenn der Workshop das möchte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A voter</source>
        <translation>Eine abstimmende Person</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Decide: 1 thing was changed both here and at a table</source>
        <translation>Bitte entscheiden: 1 Sache wurde hier und an einem Tisch geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide: %n things were changed both here and at a table</source>
        <translation>Bitte entscheiden: %n Sachen wurden hier und an einem Tisch geändert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing to bring back: none of the files chosen can be brought back here.</source>
        <translation>Nichts zurückzuholen: Keine der gewählten Dateien lässt sich hier zurückholen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to bring back: the tables&apos; files hold no changes since they were handed out or last brought back.</source>
        <translation>Nichts zurückzuholen: Die Dateien der Tische enthalten keine Änderungen seit dem Austeilen oder dem letzten Zurückholen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup is taken first; Edit → Undo takes it all back.</source>
        <translation>Vorher wird eine Sicherung angelegt; Bearbeiten → Rückgängig nimmt alles zurück.</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/tables/tools.py" line="-178"/>
        <source>No tables are out: there is no breakout to end</source>
        <translation>Keine Kopien an Tische ausgeteilt: Es gibt keine Tischphase zu beenden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This is a table&apos;s file</source>
        <translation>Das ist die Datei eines Tisches</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>This file is the copy for %1: use it on the workshop on the shared screen</source>
        <translation>Diese Datei ist die Kopie für %1: Das geht nur im Workshop am gemeinsamen Bildschirm</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This file is the copy of the workshop for %1. Tables are handed out and brought back on the workshop itself, on the shared screen&apos;s laptop: carry this file there and use File → Bring back tables&apos; files…</source>
        <translation>Diese Datei ist die Kopie des Workshops für %1. Austeilen und Zurückholen geht nur im Workshop selbst, auf dem Laptop am gemeinsamen Bildschirm: Bringen Sie diese Datei dorthin und nutzen Sie dort Datei → Dateien der Tische zurückholen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This workshop is read-only</source>
        <translation>Dieser Workshop ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workshop file is read-only, so it cannot record tables. Use File → Save As… to keep working in a copy you can change.</source>
        <translation>Diese Workshop-Datei ist schreibgeschützt, darum kann sie keine Tische speichern. Wählen Sie Datei → Speichern unter…, um in einer Kopie weiterzuarbeiten, die Sie ändern können.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Hand out to 1 table</source>
        <translation>An 1 Tisch austeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand out to %n tables</source>
        <translation>An %n Tische austeilen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the tables&apos; files…</source>
        <translation>Die Dateien der Tische werden geschrieben…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The tables&apos; files were not written</source>
        <translation>Die Dateien der Tische wurden nicht geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was handed out.</source>
        <translation>Es wurde nichts ausgeteilt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>… and %n more</source>
        <translation>… und %n weitere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed out</source>
        <translation>Ausgeteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tables&apos; files are in “%1”:

%2

Copy each file to its table&apos;s laptop (a USB stick will do) and open it there with CoStar Desktop. When the tables are done, bring their files back here with File → Bring back tables&apos; files…</source>
        <translation>Die Dateien der Tische liegen in „%1“:

%2

Kopieren Sie jede Datei auf den Laptop ihres Tisches (ein USB-Stick genügt) und öffnen Sie sie dort mit CoStar Desktop. Wenn die Tische fertig sind, holen Sie ihre Dateien hierher zurück, mit Datei → Dateien der Tische zurückholen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CoStar workshops (*.costar)</source>
        <translation>CoStar-Workshops (*.costar)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to bring back</source>
        <translation>Nichts zurückzuholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The breakout has ended: tables&apos; files can no longer be brought back into this workshop.</source>
        <translation>Die Tischphase ist beendet: Dateien der Tische lassen sich nicht mehr in diesen Workshop zurückholen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tables are out: nothing can be brought back yet. Hand the workshop out first, with File → Hand out to tables…</source>
        <translation>Keine Kopien an Tische ausgeteilt: Es gibt noch nichts zurückzuholen. Teilen Sie den Workshop zuerst aus, mit Datei → An Tische austeilen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the tables&apos; files…</source>
        <translation>Die Dateien der Tische werden gelesen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing to bring back: the tables&apos; files hold no changes.</source>
        <translation>Nichts zurückzuholen: Die Dateien der Tische enthalten keine Änderungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was brought back</source>
        <translation>Nichts wurde zurückgeholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup of this workshop could not be taken first, so nothing was brought back: %1</source>
        <translation>Vorher konnte keine Sicherung dieses Workshops angelegt werden, darum wurde nichts zurückgeholt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bring back the file of %1</source>
        <translation>Datei von %1 zurückholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Brought back the file of %1. A backup was taken first.</source>
        <translation>Datei von %1 zurückgeholt. Vorher wurde eine Sicherung angelegt.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Bring back %n tables&apos; files</source>
        <translation>Dateien von %n Tischen zurückholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Brought back %n tables&apos; files. A backup was taken first.</source>
        <translation>Die Dateien von %n Tischen sind zurückgeholt. Vorher wurde eine Sicherung angelegt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No tables are out: there is no breakout to end.</source>
        <translation>Keine Kopien an Tische ausgeteilt: Es gibt keine Tischphase zu beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End the breakout?</source>
        <translation>Tischphase beenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While tables are out, this workshop keeps a copy of what each table started from, and a record of what was deleted since, so that their files can be brought back.

Ending the breakout deletes both: text deleted during the day no longer lives on in this file. The tables&apos; files (%1) can then no longer be brought back. Everything already brought back stays, and so do the summaries for the report.

End the breakout now? Edit → Undo brings it back until the workshop is closed.</source>
        <translation>Solange Kopien an Tische ausgeteilt sind, bewahrt dieser Workshop den Ausgangsstand jedes Tisches auf und vermerkt, was seitdem gelöscht wurde. So lassen sich die Dateien der Tische zurückholen.

Beim Beenden der Tischphase wird beides gelöscht: Text, der im Lauf des Tages gelöscht wurde, bleibt dann auch nicht mehr in dieser Datei. Die Dateien der Tische (%1) lassen sich danach nicht mehr zurückholen. Alles, was schon zurückgeholt ist, bleibt, ebenso die Zusammenfassungen für den Bericht.

Tischphase jetzt beenden? Bearbeiten → Rückgängig holt alles wieder, bis der Workshop geschlossen wird.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>End the breakout</source>
        <translation>Tischphase beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The breakout has ended: tables&apos; files can no longer be brought back.</source>
        <translation>Die Tischphase ist beendet: Dateien der Tische lassen sich nicht mehr zurückholen.</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/tables/words.py" line="+43"/>
        <source>1 note</source>
        <extracomment>Each kind&apos;s words for one and for more, translated where they are used (context &quot;Tables&quot;). The count is put into the translated words, not given to Qt: PySide&apos;s lupdate does not mark a translate() with a count as a plural message, so Qt would find no translation for it.</extracomment>
        <translation>1 Zettel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n notes</source>
        <translation>%n Zettel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 group</source>
        <translation>1 Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n groups</source>
        <translation>%n Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 dot</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n dots</source>
        <translation>%n Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 participant</source>
        <translation>1 teilnehmende Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n participants</source>
        <translation>%n Teilnehmende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 co-producer</source>
        <translation>1 mitwirkende Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n co-producers</source>
        <translation>%n Mitwirkende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 sceptic&apos;s worry</source>
        <translation>1 Zweifel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n sceptics&apos; worries</source>
        <translation>%n Zweifel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 action</source>
        <translation>1 Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n actions</source>
        <translation>%n Aktionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+74"/>
        <source>the workshop&apos;s details</source>
        <translation>die Angaben zum Workshop</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bringing back changes nothing in this workshop.</source>
        <translation>Das Zurückholen ändert nichts in diesem Workshop.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bringing back will %1 in this workshop.</source>
        <translation>Das Zurückholen wird in diesem Workshop %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the group “%1”</source>
        <translation>die Gruppe „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note “%1”</source>
        <translation>der Zettel „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the participant “%1”</source>
        <translation>die teilnehmende Person „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a dot</source>
        <translation>ein Punkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the co-producer “%1”</source>
        <translation>die mitwirkende Person „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sceptic&apos;s worry “%1”</source>
        <translation>der Zweifel „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the action “%1”</source>
        <translation>die Aktion „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link between a co-producer and a note</source>
        <translation>eine Verknüpfung zwischen einer mitwirkenden Person und einem Zettel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link between an action and a note</source>
        <translation>eine Verknüpfung zwischen einer Aktion und einem Zettel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the words</source>
        <translation>der Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place</source>
        <translation>die Stelle auf dem Stern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the colour</source>
        <translation>die Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the author</source>
        <translation>wer ihn geschrieben hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the group it is in</source>
        <translation>die Gruppe, in der er liegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step</source>
        <translation>der Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kind</source>
        <translation>die Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the impact rating</source>
        <translation>die Wirkungsbewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being on the shortlist</source>
        <translation>auf der Auswahlliste oder nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being an example</source>
        <translation>ein Beispiel oder nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title</source>
        <translation>der Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date</source>
        <translation>das Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the venue</source>
        <translation>der Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the organisation</source>
        <translation>die Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the facilitator</source>
        <translation>die Moderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the dots each person has</source>
        <translation>die Punkte pro Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name</source>
        <translation>der Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being a table group</source>
        <translation>eine Tischgruppe oder nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how many people it stands for</source>
        <translation>die Zahl der Personen am Tisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the role</source>
        <translation>die Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>being inside the organisation</source>
        <translation>in der Organisation oder nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what they could bring</source>
        <translation>was sie einbringen könnten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how they could be involved</source>
        <translation>wie sie mitmachen könnten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sceptic&apos;s worry</source>
        <translation>der Zweifel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>our answer</source>
        <translation>unsere Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who it is about</source>
        <translation>wen es betrifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the action</source>
        <translation>die Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first step</source>
        <translation>der erste Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who does it</source>
        <translation>wer es macht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date it is due</source>
        <translation>der Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Co</source>
        <translation>das Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where it stands</source>
        <translation>der Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the review date</source>
        <translation>das Datum der Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workshop it was carried over from</source>
        <translation>der Workshop, aus dem sie übernommen wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the note</source>
        <translation>der Zettel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the voter</source>
        <translation>die abstimmende Person</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>the parking area (not yet placed)</source>
        <extracomment>A move shorter than this (star units) has no direction worth saying.</extracomment>
        <translation>Parkplatz (noch nicht zugeordnet)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>someone no longer in the workshop</source>
        <translation>eine Person, die nicht mehr im Workshop ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one that is gone</source>
        <translation>(nicht mehr vorhanden)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a group</source>
        <translation>eine Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a note</source>
        <translation>ein Zettel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>to the right</source>
        <translation>nach rechts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to the left</source>
        <translation>nach links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation>nach unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up</source>
        <translation>nach oben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>within %1</source>
        <translation>im Bereich %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>into %1</source>
        <translation>in den Bereich %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Tidy</name>
    <message>
        <location filename="../../costar_desktop/ui/canvas/tidy_actions.py" line="+25"/>
        <source>the parking area</source>
        <extracomment>Marks &quot;no Co under the pointer&quot; apart from None, which is the parking area.</extracomment>
        <translation>der Parkplatz</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select a note, or point at a Co, to tidy it.</source>
        <translation>Wählen Sie einen Zettel oder zeigen Sie auf ein Co, um es aufzuräumen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the whole star</source>
        <translation>der ganze Stern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No notes to tidy: %1.</source>
        <translation>Keine Zettel zum Aufräumen: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already tidy: %1.</source>
        <translation>Schon aufgeräumt: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidy notes</source>
        <translation>Zettel aufräumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tidied: %1. Undo puts the notes back.</source>
        <translation>Aufgeräumt: %1. Mit „Rückgängig“ kommen die Zettel wieder an ihren alten Platz.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Too full for every note at full size, so some overlap: %1. Move some notes out to make room.</source>
        <translation>Zu voll für alle Zettel in voller Größe, darum überdecken sich einige: %1. Schieben Sie ein paar Zettel hinaus, um Platz zu schaffen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A group that lies across two areas stays where it is.</source>
        <translation>Eine Gruppe, die über zwei Bereichen liegt, bleibt, wo sie ist.</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/timer.py" line="+85"/>
        <source>Timer</source>
        <extracomment>Seconds left changed (every second while running, and on start/reset). Time is up. Started, paused, resumed or stopped.</extracomment>
        <translation>Timer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many minutes?</source>
        <translation>Wie viele Minuten?</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/speech.py" line="-61"/>
        <source>The computer&apos;s voice (%1) could not read the note.</source>
        <extracomment>A note may hold 20,000 characters; the voice reads the start of it. The program&apos;s full path. Its name, for the menu&apos;s tip and for messages (&quot;espeak-ng&quot;). Speaking started (True) or ended (False). The voice program could not be started or failed: a plain message.</extracomment>
        <translation>Die Stimme des Computers (%1) konnte den Zettel nicht vorlesen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The computer&apos;s voice (%1) could not be started.</source>
        <translation>Die Stimme des Computers (%1) konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>VoicesPanel</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/voices.py" line="+8"/>
        <source>Missing voices</source>
        <translation>Fehlende Stimmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes by kind of participant</source>
        <translation>Zettel nach Art der Teilnehmenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who has added notes, for each Co and each step:</source>
        <translation>Wer hat Zettel geschrieben – pro Co und Schritt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 step</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ Every kind of participant here has added something to every Co.</source>
        <translation>✓ Alle Arten von Teilnehmenden hier haben zu jedem Co etwas beigetragen.</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../costar_desktop/ui/steps/voting.py" line="+6"/>
        <location line="+79"/>
        <source>Voting mode: off</source>
        <translation>Abstimmen: aus</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Choose who is voting, then click or tap a note to give it a dot. Click it again to take the dot back. With a note selected, press D.</source>
        <translation>Wählen Sie, wer abstimmt. Dann klicken oder tippen Sie auf einen Zettel, um ihm einen Punkt zu geben. Noch einmal klicken nimmt den Punkt zurück. Ist ein Zettel gewählt, drücken Sie D.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Voters and dots left</source>
        <translation>Abstimmende und ihre übrigen Punkte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dots per voter</source>
        <translation>Punkte pro Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dots per voter:</source>
        <translation>Punkte pro Person:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%4 people) — %2 of %3 dots left</source>
        <translation>%1 (%4 Personen) — noch %2 von %3 Punkten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 of %3 dots left</source>
        <translation>%1 — noch %2 von %3 Punkten</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+41"/>
        <source>Reveal the dots</source>
        <translation>Punkte zeigen</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <source>Hide the dots</source>
        <translation>Punkte verstecken</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Voting mode: on — click notes to give dots</source>
        <translation>Abstimmen: an — Zettel anklicken</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change dots per voter</source>
        <translation>Punkte pro Person ändern</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/welcome.py" line="+35"/>
        <source>CoStar Desktop</source>
        <extracomment>&quot;New workshop…&quot; was chosen. &quot;Open a workshop…&quot; was chosen. &quot;Open the sample workshop&quot; was chosen. A recent file was chosen (its path).</extracomment>
        <translation>CoStar Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run a co-production workshop on the Co-Production Star. Everything you add is saved straight away.</source>
        <translation>Einen Co-Produktions-Workshop mit dem Co-Produktions-Stern durchführen. Alles, was Sie hinzufügen, wird sofort gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Neuer Workshop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a workshop…</source>
        <translation>Workshop &amp;öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;sample workshop</source>
        <translation>Beispiel-&amp;Workshop öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Recent workshops</source>
        <translation>&amp;Zuletzt geöffnete Workshops</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent workshops</source>
        <translation>Zuletzt geöffnete Workshops</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent workshops yet.</source>
        <translation>Noch keine Workshops geöffnet.</translation>
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <location filename="../../costar_desktop/ui/shell/editor.py" line="+270"/>
        <source>Add example</source>
        <extracomment>The selection of notes changed. A short message for the status bar (e.g. &quot;No dots left for Table 2&quot;). The step changed (the new step). Voting mode was switched on or off. The note menu was asked for (global screen position). The colour, author and voter that new notes and dots take (not saved in the file).</extracomment>
        <translation>Beispiel hinzufügen</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+34"/>
        <source>this voter</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+34"/>
        <source>%1 has no dots left. Click one of their dots to take it back first.</source>
        <translation>%1 hat keine Punkte mehr. Klicken Sie zuerst auf einen vergebenen Punkt, um ihn zurückzunehmen.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+44"/>
        <source>%1: %2 dots left</source>
        <translation>%1: noch %2 Punkte</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Give dots</source>
        <translation>Punkte geben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take back dots</source>
        <translation>Punkte zurücknehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 had no dots left for %2 of the notes: %3 dots left</source>
        <translation>%1 hatte für %2 der Zettel keine Punkte mehr: noch %3 Punkte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select two or more notes that are not in a group yet.</source>
        <translation>Wählen Sie zwei oder mehr Zettel, die noch in keiner Gruppe sind.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+10"/>
        <source>Rename group</source>
        <translation>Gruppe umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group title:</source>
        <translation>Titel der Gruppe:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a note first.</source>
        <translation>Wählen Sie zuerst einen Zettel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make an action</source>
        <translation>Aktion erstellen</translation>
    </message>
</context>
<context>
    <name>ZoomTo</name>
    <message>
        <location filename="../../costar_desktop/ui/canvas/zoom_to.py" line="+44"/>
        <source>Not yet placed</source>
        <extracomment>The places a view can fly to, besides the four Co&apos;s (whose places are their values). Every place, in the menu&apos;s order: the Co&apos;s as in CO_ORDER, then these.</extracomment>
        <translation>Noch nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected notes</source>
        <translation>Ausgewählte Zettel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: 1 note</source>
        <translation>%1: 1 Zettel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 notes</source>
        <translation>%1: %2 Zettel</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No notes are waiting to be placed.</source>
        <extracomment>The place changed (see :attr:`current`). Nothing to fly to: why, for the status bar. The place the view flew to (a Co&apos;s value, PARKING or SELECTION); None while it shows the whole star. Zooming or panning by hand there keeps it: Escape, the same key again or Fit star still fly back. What a screen reader was told last.</extracomment>
        <translation>Keine Zettel warten darauf, zugeordnet zu werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select notes or a group first.</source>
        <translation>Wählen Sie zuerst Zettel oder eine Gruppe aus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The whole star</source>
        <translation>Der ganze Stern</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../costar_desktop/ui/model/commands.py" line="+34"/>
        <source>Add note</source>
        <translation>Zettel hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add notes</source>
        <translation>Zettel hinzufügen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Edit note</source>
        <translation>Zettel bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move note</source>
        <translation>Zettel verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move notes</source>
        <translation>Zettel verschieben</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change author</source>
        <translation>Autor/in ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete note</source>
        <translation>Zettel löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete notes</source>
        <translation>Zettel löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit workshop details</source>
        <translation>Angaben zum Workshop ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add participant</source>
        <translation>Teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit participant</source>
        <translation>Teilnehmende Person bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove participant</source>
        <translation>Teilnehmende Person entfernen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Put a phone&apos;s note on the star</source>
        <translation>Zettel von einem Handy auf den Stern legen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put %n phones&apos; notes on the star</source>
        <translation>%n Zettel von Handys auf den Stern legen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Turn down a phone&apos;s note</source>
        <translation>Zettel von einem Handy ablehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn down %n phones&apos; notes</source>
        <translation>%n Zettel von Handys ablehnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit a phone&apos;s note</source>
        <translation>Zettel von einem Handy bearbeiten</translation>
    </message>
    <message>
        <location filename="../../costar_desktop/ui/model/commands_steps.py" line="+41"/>
        <source>Take back a dot</source>
        <translation>Punkt zurücknehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a dot</source>
        <translation>Punkt geben</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rate impact</source>
        <translation>Wirkung bewerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear impact rating</source>
        <translation>Wirkungsbewertung entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to shortlist</source>
        <translation>Auf die Auswahlliste setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from shortlist</source>
        <translation>Von der Auswahlliste nehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move to another step</source>
        <translation>In einen anderen Schritt verschieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Group notes</source>
        <translation>Zettel gruppieren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ungroup notes</source>
        <translation>Gruppe auflösen</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../costar_desktop/ui/core_strings.py" line="+6"/>
        <source>Co-commission</source>
        <translation>Co-Beauftragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-design</source>
        <translation>Co-Gestalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-deliver</source>
        <translation>Co-Umsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-assess</source>
        <translation>Co-Bewerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Sammeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market</source>
        <translation>Überzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow</source>
        <translation>Wachsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service user</source>
        <translation>Leistungsnutzende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carer</source>
        <translation>Pflegende Angehörige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family member</source>
        <translation>Familienmitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community group</source>
        <translation>Initiative vor Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed group</source>
        <translation>Gemischte Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managers</source>
        <translation>Führungskräfte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>Vorstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service users</source>
        <translation>Leistungsnutzende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Menschen vor Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What do we already do together with the people who use our services?</source>
        <translation>Was machen wir schon heute gemeinsam mit den Menschen, die unsere Angebote nutzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask each table for things that already happen, big or small. Put each one in the Co it fits best. If the room goes quiet, open the ideas from elsewhere.</source>
        <translation>Fragen Sie jeden Tisch, was es schon gibt – ob groß oder klein. Legen Sie jedes Beispiel in das Co, zu dem es am besten passt. Wenn es still wird, öffnen Sie die Ideen von anderswo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which of these would make the biggest difference?</source>
        <translation>Was davon würde am meisten bewirken?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give everyone the same number of dots. Let people vote, then look at the list together and agree a shortlist. You can hide the dots until everyone has voted.</source>
        <translation>Geben Sie allen gleich viele Punkte. Lassen Sie abstimmen. Schauen Sie dann gemeinsam auf die Liste und einigen Sie sich auf eine Auswahlliste. Sie können die Punkte verstecken, bis alle abgestimmt haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who could help make the shortlist happen?</source>
        <translation>Wer könnte helfen, die Auswahlliste umzusetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Think inside and outside the organisation: people who use services, carers, volunteers, staff, local groups. A role is enough; names are not needed.</source>
        <translation>Denken Sie an Menschen in der Organisation und außerhalb: Menschen, die Angebote nutzen, Angehörige, Ehrenamtliche, Mitarbeitende, Gruppen vor Ort. Eine Rolle reicht, Namen sind nicht nötig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who might doubt this, and what would win them over?</source>
        <translation>Wer könnte daran zweifeln – und was würde sie überzeugen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down the worries you expect to hear, word for word. Then agree an answer for each one: a fact, a story or a person who can speak for it.</source>
        <translation>Schreiben Sie die Zweifel auf, die Sie erwarten – Wort für Wort. Einigen Sie sich dann für jeden Zweifel auf eine Antwort: eine Tatsache, eine Geschichte oder eine Person, die dafür sprechen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What will we do next, who will do it, and by when?</source>
        <translation>Was tun wir als Nächstes, wer macht es und bis wann?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn the shortlist into actions. Each action needs a first step, an owner and a date. Read the plan out before people leave.</source>
        <translation>Machen Sie aus der Auswahlliste Aktionen. Jede Aktion braucht einen ersten Schritt, eine verantwortliche Person und ein Datum. Lesen Sie den Plan vor, bevor alle gehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sky blue</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social care</source>
        <translation>Pflege und Soziales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community safety</source>
        <translation>Sicherheit vor Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tenants&apos; panel helps choose the firm that does repairs</source>
        <translation>Ein Mieterbeirat hilft, die Firma für Reparaturen auszuwählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A citizens&apos; jury of people who use care decides what the new budget is for</source>
        <translation>Eine Bürgerjury aus Menschen, die Pflege nutzen, entscheidet, wofür das neue Budget da ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pupils decide how part of the wellbeing money is spent</source>
        <translation>Schülerinnen und Schüler entscheiden, wofür ein Teil des Geldes für ihr Wohlbefinden ausgegeben wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readers&apos; groups pick which new books and services to buy</source>
        <translation>Lesegruppen wählen aus, welche neuen Bücher und Angebote gekauft werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients and carers rank the health board&apos;s priorities each year</source>
        <translation>Patientinnen, Patienten und Angehörige ordnen jedes Jahr die Ziele der Gesundheitsbehörde nach Wichtigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents vote on how the neighbourhood safety budget is spent</source>
        <translation>Anwohnende stimmen ab, wofür das Geld für Sicherheit im Viertel ausgegeben wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families and ward staff redesign leaving hospital, step by step</source>
        <translation>Familien und Stationspersonal gestalten die Entlassung aus dem Krankenhaus neu, Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-advocates rewrite letters and forms in easy read</source>
        <translation>Selbstvertreterinnen und Selbstvertreter schreiben Briefe und Formulare in Leichte Sprache um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future tenants help plan the layout of new flats</source>
        <translation>Künftige Mieterinnen und Mieter planen mit, wie die neuen Wohnungen aufgeteilt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children and parents design the new playground together</source>
        <translation>Kinder und Eltern gestalten gemeinsam den neuen Spielplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young people plan a quiet study space in the library</source>
        <translation>Jugendliche planen einen ruhigen Lernraum in der Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women walk the town centre at night with the council and mark what feels unsafe</source>
        <translation>Frauen gehen nachts mit der Stadtverwaltung durch die Innenstadt und markieren, wo sie sich unsicher fühlen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peer mentors with lived experience support people in a mental-health service</source>
        <translation>Genesungsbegleiterinnen und -begleiter mit eigener Erfahrung unterstützen Menschen in einem Dienst für seelische Gesundheit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteer befrienders phone older people who live alone</source>
        <translation>Ehrenamtliche rufen regelmäßig ältere Menschen an, die allein leben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenants look after the shared gardens with help from the landlord</source>
        <translation>Mieterinnen und Mieter pflegen die Gemeinschaftsgärten mit Hilfe der Wohnungsgesellschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older pupils and grandparents listen to young children read</source>
        <translation>Ältere Schulkinder und Großeltern hören jüngeren Kindern beim Lesen zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers help people get online at library drop-ins</source>
        <translation>Ehrenamtliche helfen Menschen in offenen Sprechstunden der Bibliothek, ins Internet zu kommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents and police run a street watch together</source>
        <translation>Anwohnende und Polizei achten gemeinsam auf die Sicherheit in ihrer Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents and families visit care homes with the inspectors</source>
        <translation>Bürgerinnen, Bürger und Angehörige besuchen Pflegeheime zusammen mit der Heimaufsicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patients review how easy the surgery is to reach by phone</source>
        <translation>Patientinnen und Patienten prüfen, wie gut die Arztpraxis am Telefon zu erreichen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tenant scrutiny panel checks how well repairs are done</source>
        <translation>Eine Prüfgruppe aus Mieterinnen und Mietern kontrolliert, wie gut Reparaturen gemacht werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pupil panel gives the school feedback on its lessons</source>
        <translation>Ein Schülerrat gibt der Schule Rückmeldung zum Unterricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library users act as mystery visitors and report back</source>
        <translation>Menschen, die die Bibliothek nutzen, kommen heimlich als Testpersonen und berichten davon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Young people tell the police how stop and search felt to them</source>
        <translation>Jugendliche erzählen der Polizei, wie sich Kontrollen auf der Straße für sie angefühlt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carers design and run the yearly survey of carers</source>
        <translation>Pflegende Angehörige entwerfen die jährliche Umfrage für Angehörige und führen sie selbst durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People at a day centre cook and serve the lunch club together</source>
        <translation>Menschen in einer Tagesstätte kochen gemeinsam das Mittagessen und geben es aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
</TS>
