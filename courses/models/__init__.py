from .learning import (  # noqa: F401
    AssessmentAttempt,
    Balance,
    CourseEvaluation,
    CourseUpdate,
    DigestReading,
    Enrolment,
    LessonProgress,
    PracticeChange,
    RequiredReading,
)
from .pages import (  # noqa: F401
    CourseDesignation,
    CourseFaculty,
    CourseIndexPage,
    CoursePage,
    DigestDesignation,
    LessonPage,
    PublicationStatus,
    StudyDigestIndexPage,
    StudyDigestPage,
)
