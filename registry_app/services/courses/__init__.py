"""Courses: finding and editing them, their schedule and trainers, nominations and enrolment, closing
a course, and what the trainers print for it (sign-in sheets, roster, name cards)."""
