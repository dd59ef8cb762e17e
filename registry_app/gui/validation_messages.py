"""The services' and the domain's messages for the clerk, listed for the translators: the window shows
them through QCoreApplication.translate("Validation", message) (see editors.record_editor.translated).
Messages that carry values (a course code, a date) are shown as the services word them."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
    QT_TRANSLATE_NOOP("Validation", "This field must be filled in."),
    QT_TRANSLATE_NOOP("Validation", "This is not an e-mail address (it should look like name@agency.gov)."),
    QT_TRANSLATE_NOOP("Validation", "A phone number has 6 to 20 digits, with an optional + in front (e.g. +212 537 00 00 00)."),
    QT_TRANSLATE_NOOP("Validation", "The date of birth is in the future."),
    QT_TRANSLATE_NOOP("Validation", "The date of birth makes this person younger than 16."),
    QT_TRANSLATE_NOOP("Validation", "The date of birth makes this person older than 100."),
    QT_TRANSLATE_NOOP("Validation", "The course cannot end before it starts."),
    QT_TRANSLATE_NOOP("Validation", "A course lasts at most 366 days."),
    QT_TRANSLATE_NOOP("Validation", "Give a whole number from 0 to 100."),
    QT_TRANSLATE_NOOP("Validation", "Give a whole number greater than 0."),
    QT_TRANSLATE_NOOP("Validation", "This country already has an organisation of this name."),
    QT_TRANSLATE_NOOP("Validation", "Another programme already has this code."),
    QT_TRANSLATE_NOOP("Validation", "Another course already has this code."),
    QT_TRANSLATE_NOOP("Validation", "A photo must be a JPEG or PNG picture."),
    QT_TRANSLATE_NOOP("Validation", "The photo is larger than 1 MB; choose a smaller picture."),
    QT_TRANSLATE_NOOP("Validation",
                      "No font of the printed documents can draw {characters}: certificates and lists could not show this name."),
    QT_TRANSLATE_NOOP("Validation", "“{text}” cannot be printed: no font of the documents has {characters}."),
    QT_TRANSLATE_NOOP("Validation", "Choose the type of organisation."),
    QT_TRANSLATE_NOOP("Validation", "Choose the country of the organisation."),
    QT_TRANSLATE_NOOP("Validation", "Choose the thematic area of the programme."),
    QT_TRANSLATE_NOOP("Validation", "Choose how excused absences count."),
    QT_TRANSLATE_NOOP("Validation", "Choose the programme this course delivers."),
    QT_TRANSLATE_NOOP("Validation", "Choose the country of the venue."),
    QT_TRANSLATE_NOOP("Validation", "A record cannot be merged with itself."),
    QT_TRANSLATE_NOOP("Validation", "The course is cancelled: its enrolments can no longer change."),
)
