"""Stories: a pile of articles sorted into the stories they tell (see grouping.py)."""

from brief.stories.grouping import Group, group_articles

__all__ = ["Group", "group_articles"]
