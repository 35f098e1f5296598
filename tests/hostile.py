"""A corpus of hostile strings: everything a person can type or paste, and worse."""

HOSTILE = {
    "c0-controls": "".join(chr(c) for c in range(32) if c not in (9, 10, 13)) + " after",
    "nul": "before\x00after",
    "tab-cr-lf": "a\tb\r\nc\rd\n",
    "del-c1": "x\x7f\x80\x9f y",
    "lone-surrogate": "half \ud83d of a pair",
    "noncharacters": "\ufffe\uffff end",
    "qt-separators": "line\u2028sep\u2029para\ufffcobj",
    "bidi-override": "\u202egnirts desrever\u202c and \u2066isolate\u2069",
    "zero-width": "zero\u200bwidth\u200c\u200d\ufeffjoiners",
    "combining": "e\u0301\u0302\u0303\u0304 Z\u0351\u0352\u0353algo",
    "emoji-zwj": "👩‍👩‍👧‍👦 👍🏽 🏳️‍🌈 🇫🇷",
    "cjk": "面试后的感谢信 日本語の手紙 한국어",
    "rtl": "שלום עולם — مرحبا بالعالم",
    "long-line": "word " * 200_000,  # about 1 MB on one line
    "html": "<script>alert('x')</script><img src=http://example.com/x.png>",
    "markdown": "# Heading\n\n* bullet\n1. one\n\n> quote\n\n```\ncode\n```\n[link](javascript:alert(1)) **bold",
    "fts-syntax": 'NEAR("a" "b") OR c* AND -d "e',
    "sql": "'; DROP TABLE notes; --",
    "path-traversal": "../../etc/passwd",
    "windows-reserved": "CON",
    "windows-path": "C:\\Windows\\System32\\..\\x.",
    "trailing-dots": "name... ",
    "placeholders": "«interviewer name» {{name}} [Company]",
}

# What a store must give back: lone surrogates cannot be stored as UTF-8 and become U+FFFD.
STORED = {key: value.encode("utf-16", "surrogatepass").decode("utf-16", "replace") for key, value in HOSTILE.items()}
