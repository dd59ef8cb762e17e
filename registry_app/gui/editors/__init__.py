"""The forms a clerk opens to create, correct and archive a record of the register."""
