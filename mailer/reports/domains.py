"""Which provider a recipient's domain belongs to: the report's domain table shows the
big mailbox providers of Korean and international lists one by one (where a provider
blocks or bins the mail, its row shows it) and the rest together."""

from __future__ import annotations

OTHERS = "others"
# Group name -> the domains it covers (a provider's regional and legacy domains too).
GROUPS: dict[str, frozenset[str]] = {
    "gmail.com": frozenset({"gmail.com", "googlemail.com"}),
    "naver.com": frozenset({"naver.com"}),
    "daum.net/hanmail.net": frozenset({"daum.net", "hanmail.net"}),
    "kakao.com": frozenset({"kakao.com"}),
    "outlook.com/hotmail.com": frozenset(
        {"outlook.com", "hotmail.com", "live.com", "msn.com", "outlook.kr", "hotmail.co.kr"}
    ),
    "yahoo.com": frozenset({"yahoo.com", "yahoo.co.kr", "ymail.com"}),
}
ORDER: tuple[str, ...] = (*GROUPS, OTHERS)
_GROUP_OF = {domain: group for group, domains in GROUPS.items() for domain in domains}


def group_of(domain: str) -> str:
    return _GROUP_OF.get(domain.strip().lower(), OTHERS)
