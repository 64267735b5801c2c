"""The content words of a text, for theme suggestions: jieba's words (`text.words` loads jieba) without the
words every news article uses."""

from __future__ import annotations

import re

from ..text.cleaning import HAN
from ..text.words import is_loaded as is_loaded
from ..text.words import load_jieba as load_jieba
from ..text.words import loaded_jieba

_HAN = re.compile(f"[{HAN}]")

# Words every news article uses whatever its subject; left in, they would make every article look alike.
_STOP_WORDS = """
    本报 本报讯 记者 通讯员 报道 编辑 责编 作者 今年 去年 明年 近日 日前 目前 当前 如今 以来 近年来 近年
    上午 下午 晚上 当天 当日 期间 同时 此外 另外 其中 以及 并且 而且 但是 因此 所以 为了 对于 关于 通过
    进行 开展 推进 推动 实现 加强 加大 加快 提升 提高 不断 积极 全面 进一步 持续 充分 努力 切实 深入 坚持
    围绕 聚焦 着力 注重 重点 落实 做好 抓好 确保 形成 打造 建立 健全 完善 发挥 作用 工作 活动 情况 方面
    有关 相关 各类 各项 各级 多种 一批 一系列 主要 重要 有效 良好 显著 明显 真正 一起 一个 一些 一名 一次
    这个 这些 那些 这种 这样 那样 什么 怎么 没有 已经 可以 能够 就是 还是 还有 不是 只有 作为 成为 表示
    介绍 指出 认为 告诉 我们 他们 她们 大家 自己 我市 全市 该镇 该村 该局 该县 该区 该市 全县 全区 全镇
    万元 亿元 年度 以上 以下 左右 多个 余名 余人 共计 累计
"""
NEWSPAPER_STOP_WORDS = frozenset(_STOP_WORDS.split())


def tokenize(text: str) -> list[str]:
    """The content words of `text` in order: jieba words of two or more characters containing a Han
    character, without newspaper stop words. Raises RuntimeError before `load_jieba`."""
    words: list[str] = loaded_jieba().lcut(text)
    return [w for w in words if len(w) >= 2 and _HAN.search(w) and w not in NEWSPAPER_STOP_WORDS]
