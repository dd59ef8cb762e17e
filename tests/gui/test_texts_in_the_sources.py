"""What the walk of the window cannot reach, checked in the sources: no literal text goes to a Qt call
that shows it, no sentence of the services carries a coded value as it is, and every action and record
of the audit trail has words in the interface's languages."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import registry_app
from registry_app.gui import labels
from registry_app.gui.main_window import REGISTER_SECTIONS
from tests.refusal_templates import ROOT, SCANNED, _module_name, _said_class

_WORD = re.compile(r"[^\W\d_]+")


def _audit_codes() -> tuple[set[str], set[str]]:
    """The actions and kinds of record the services write into the audit trail, read from their sources
    (audit.record and audit.record_alone with literal codes, either branch of a conditional)."""
    def literals(node: ast.expr) -> set[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.IfExp):
            return literals(node.body) | literals(node.orelse)
        return set()

    actions: set[str] = set()
    records: set[str] = set()
    for path in (Path(registry_app.__file__).parent / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("record", "record_alone") and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == "audit" and len(node.args) >= 3:
                actions |= literals(node.args[1])
                records |= literals(node.args[2])
    return actions, records


def test_every_action_of_the_audit_trail_is_named_in_words():
    """The Audit page shows each event's action and record in the interface's language, not as codes."""
    actions, records = _audit_codes()
    assert {"demo-data", "issue", "sign-in-failed", "archive", "restore"} <= actions  # the sources were read
    assert not actions - set(labels.AUDIT_ACTIONS), actions - set(labels.AUDIT_ACTIONS)
    # The register's own records (organisation, trainer...) are saved under their kind's name.
    assert not records - set(labels.AUDIT_RECORDS), records - set(labels.AUDIT_RECORDS)
    assert set(REGISTER_SECTIONS.values()) <= set(labels.AUDIT_RECORDS)


# Values of the services' sentences named like the register's coded columns: a status, a half-day...
CODED_VALUES = {"status", "slot", "role", "sex", "kind", "mode", "region"}


def test_no_sentence_of_the_services_carries_a_code_as_a_word():
    """A status put into a refusal as its code ("Course X is open") stays English in every language:
    it must be a Word (translated with the sentence) or a describe(). Read from the sources, so that the
    refusals no test reaches through the window are checked too."""
    found = []
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            module = importlib.import_module(_module_name(path))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and node.args and _said_class(module, node.func)):
                    continue
                for keyword in node.keywords:
                    value = keyword.value
                    name = value.attr if isinstance(value, ast.Attribute) else getattr(value, "id", None)
                    if name in CODED_VALUES or (keyword.arg in CODED_VALUES and not isinstance(value, ast.Call)):
                        found.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: {keyword.arg}="
                                     f"{ast.unparse(value)}")
    assert not found, "codes said as they are:\n" + "\n".join(found)


# The Qt calls that put a text on the screen, and which of their arguments is the text.
SHOWING = {"setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setPlaceholderText": (0,),
           "setStatusTip": (0,), "setTitle": (0,), "setTabText": (1,), "addTab": (1,), "addItem": (0,),
           "addItems": (0,), "setHorizontalHeaderLabels": (0,), "showMessage": (0,), "addAction": (0,),
           "addMenu": (0,), "setWhatsThis": (0,), "setInformativeText": (0,), "setSuffix": (0,),
           "setPrefix": (0,), "setSpecialValueText": (0,), "addButton": (0,), "setLabelText": (0,),
           "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
           "QAction": (0, 1), "QTableWidgetItem": (0,), "QListWidgetItem": (0,), "QMenu": (0,)}
BOXES = {"warning": (1, 2), "information": (1, 2), "critical": (1, 2), "question": (1, 2), "about": (1, 2),
         "getOpenFileName": (1, 3), "getSaveFileName": (1, 3), "getOpenFileNames": (1, 3),
         "getExistingDirectory": (1,), "getText": (1, 2), "getItem": (1, 2)}
_FILTER = re.compile(r"^(\w+) \(\*\.(\w+)\)$")  # "PDF (*.pdf)": a format named by its extension


def _literal(node: ast.expr) -> str:
    """The literal text of an argument (an f-string's literal parts); "" for anything computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(part.value for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, (ast.List, ast.Tuple)):
        return " ".join(_literal(item) for item in node.elts)
    return ""


def _shown_words(text: str) -> list[str]:
    text = re.sub(r"<[^>]*>", " ", text)  # rich text's tags
    if (named := _FILTER.match(text.strip())) and named[1].casefold() == named[2].casefold():
        return []
    if "example." in text:  # an example address shown as a placeholder
        return []
    return _WORD.findall(text)


def hard_coded_texts(root: Path) -> list[str]:
    """Every literal text with words given straight to a Qt call that shows it (without tr())."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if "forms" in path.parts:
            continue  # compiled from ui/*.ui, every text through retranslateUi
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            call = node.func
            name = call.attr if isinstance(call, ast.Attribute) else getattr(call, "id", "")
            static = isinstance(call, ast.Attribute) and isinstance(call.value, ast.Name) \
                and call.value.id in ("QMessageBox", "QFileDialog", "QInputDialog")
            places = BOXES.get(name, ()) if static else SHOWING.get(name, ())
            for place in places:
                if place < len(node.args) and _shown_words(text := _literal(node.args[place])):
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno}: {name} {text!r}")
    return found


def test_no_text_is_given_to_the_screen_without_translation(tmp_path):
    """What the window walk cannot reach (a message box, a file dialog's filter, a status-bar message):
    no literal text goes straight to a Qt call that shows it. The check itself finds planted ones."""
    assert not hard_coded_texts(Path(registry_app.__file__).parent / "gui")
    planted = tmp_path / "gui" / "planted.py"
    planted.parent.mkdir()
    planted.write_text('box.setText(self.tr("Saved."))\nQMessageBox.warning(self, "Oops", f"{n} rows skipped")\n'
                       'QFileDialog.getSaveFileName(self, self.tr("Save"), "", "Spreadsheets (*.xlsx)")\n'
                       'QFileDialog.getSaveFileName(self, self.tr("Save"), "", "PDF (*.pdf)")\n', encoding="utf-8")
    assert [line.split(": ", 1)[1] for line in hard_coded_texts(tmp_path / "gui")] == [
        "warning 'Oops'", "warning ' rows skipped'", "getSaveFileName 'Spreadsheets (*.xlsx)'"]
