"""The editing session: one place for the colour, author and voter that new notes and dots take."""

from costar_desktop.ui.model.session import EditingSession


def test_each_choice_is_told_once_and_only_when_it_changes(qtbot):
    session = EditingSession()
    heard = []
    session.colour_changed.connect(lambda c: heard.append(("colour", c)))
    session.author_changed.connect(lambda a: heard.append(("author", a)))
    session.voter_changed.connect(lambda v: heard.append(("voter", v)))
    session.set_colour("blue")
    session.set_colour("blue")
    session.set_author("p1")
    session.set_author("p1")
    session.set_voter("p2")
    session.set_voter(None)
    assert heard == [("colour", "blue"), ("author", "p1"), ("voter", "p2"), ("voter", None)]
    assert (session.colour, session.author_id, session.voter_id) == ("blue", "p1", None)


def test_the_toolbar_the_editor_and_new_notes_share_one_session(qtbot, tmp_path):
    from costar_desktop.core.model import Participant, ParticipantKind, Workshop
    from costar_desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.create_workshop(tmp_path / "s.costar", Workshop(title="Session"))
    window.document.add_participant(Participant(name="Ana", kind=ParticipantKind.SERVICE_USER))
    window.set_colour("blue")
    assert window.editor.session.colour == "blue"
    ana = next(iter(window.document.participants))
    window.author_combo.setCurrentIndex(window.author_combo.findData(ana))
    assert window.editor.session.author_id == ana
    window.editor.scene.note_typed.emit(0.0, 0.0, "Said by Ana", 80.0)  # as if typed
    note = next(n for n in window.document.notes.values() if n.text == "Said by Ana")
    assert (note.colour, note.author_id) == ("blue", ana)
    window.close_workshop()
