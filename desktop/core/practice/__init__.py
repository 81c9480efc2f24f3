"""Learning the trade offline: the trainee's handbook and practice quizzes generated from the
library, the compliance rules and the country cards (no separate question bank)."""
