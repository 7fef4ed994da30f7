"""Family names that Chinese, Korean and Vietnamese names put first ("Lim Wei Ling", "Gan Kim Yong", "Nguyen Van
An"), so a name cut where its given name begins keeps the family name written before it.

Why: after an office's portfolio ("Minister for Manpower Lim Wei Ling") the person's name is found where a known
given name begins ("Wei"), which leaves the family name to the office ("... for Manpower Lim") and the person
"Wei Ling", whom "Ms Lim" later no longer names."""

from __future__ import annotations

FAMILY_NAMES_FIRST = frozenset(
    # Singapore, Malaysia and southern China (romanised by dialect)
    "Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Toh Sim Chong Chia Gan Heng Seah Foo Leong Lau Yap "
    "Quek Pang Tang Wee Kwek Neo Lai Loh Chew Chin Chee Khoo Ooi Yong Soh Tham Phua Teh Liew Kok Leow Poh Seow Ho "
    # mainland China and Taiwan (pinyin and Wade-Giles)
    "Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Guo Gao Lin Luo Zheng Liang Xie Song Tong Deng Feng "
    "Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Shen Jiang Fan Fu Zhong Wen "
    # Korea
    "Kim Park Choi Jung Jeong Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Hong Jeon Moon "
    # Vietnam
    "Nguyen Tran Pham Hoang Huynh Phan Vu Dang Bui Ngo Duong".split()
)
"""Family names written before the given name, common enough to be named in news; none an English portfolio
word ("Health", "Trade", "Manpower") that stands where they do."""

GIVEN_NAME_WORDS = 2
"""Words of a given name after a family name written first ("Lim | Wei Ling", "Gan | Kim Yong"): a single word
after it is as often an English name's surname ("Health Kim | Leadbeater")."""


def family_name_before(words: list[str], j: int, b: int) -> bool:
    """Whether the name found at ``words[j:b]`` (a given name of two words) opens with the family name before it
    ("Manpower | Lim | Wei Ling")."""
    return j >= 1 and b - j == GIVEN_NAME_WORDS and words[j - 1] in FAMILY_NAMES_FIRST
