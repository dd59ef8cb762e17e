"""Every page, form and dialog fits a 1024x768 screen in English, French and Arabic: what Qt needs at
the least to lay it out (minimumSizeHint) leaves room for the window's frame and the taskbar."""

import pytest

from tests.gui.screens import Language, forms_and_dialogs, main_window, pages, tabs

SCREEN_WIDTH, SCREEN_HEIGHT = 1024, 768
FRAME_WIDTH, FRAME_AND_TASKBAR_HEIGHT = 16, 70  # a title bar, borders, and a taskbar below


def _too_big(widget) -> tuple[int, int] | None:
    hint = widget.minimumSizeHint()
    if hint.width() > SCREEN_WIDTH - FRAME_WIDTH or hint.height() > SCREEN_HEIGHT - FRAME_AND_TASKBAR_HEIGHT:
        return hint.width(), hint.height()
    return None


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_screen_fits_1024_by_768(qtbot, qapp, demo_register, language):
    speaking = Language(qapp)
    speaking.use(language)
    try:
        too_big = {}
        window = main_window(demo_register, language)
        qtbot.addWidget(window)
        window.resize(SCREEN_WIDTH, SCREEN_HEIGHT - FRAME_AND_TASKBAR_HEIGHT)
        window.show()
        for name, _page in pages(window):
            if (size := _too_big(window)) is not None:
                too_big[name] = size
        for name, build in forms_and_dialogs(demo_register, language):
            widget = build()
            qtbot.addWidget(widget)
            widget.show()
            for _ in tabs(widget):
                if (size := _too_big(widget)) is not None:
                    too_big[name] = size
            widget.hide()
        assert not too_big, too_big
    finally:
        speaking.reset()
