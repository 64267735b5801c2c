"""Renders `sample.png`, the small newspaper-like page that Tesseract read into `sample.hocr`, `sample.xml`
(ALTO) and `sample.txt` in this folder:

    python render_sample.py   # needs Pillow and fonts-noto-cjk
    OMP_THREAD_LIMIT=1 tesseract sample.png sample -l chi_sim hocr alto txt

The Tesseract outputs are committed as made (Tesseract 5.3.0, Debian 12); the tests check that an import
of them gives Tesseract's own text line for line.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path("/usr/share/fonts/opentype/noto")
TITLE = "党建引领聚合力 服务群众暖民心"
BYLINE = "本报记者 商景豪"
LEFT = [
    "开发区行政审批服务部多措",
    "并举打造开心办党建服务品",
    "牌，组建服务工作队，全体党",
    "员化身党员帮办员，将政务",
    "服务送到办事大厅。",
    "",
    "为办事群众提供业务咨询、",
    "服务引导、秩序维护、意见",
    "收集及全程帮办等暖心服务。",
]
RIGHT = [
    "党的二十大报告指出，高质量",
    "发展是全面建设社会主义现代",
    "化国家的首要任务。对于一家",
    "市级医疗机构来说，高质量党",
    "建就是赋能医院高质量发展的",
    "强力引擎。",
]


def main() -> None:
    image = Image.new("L", (1800, 1000), 255)
    draw = ImageDraw.Draw(image)
    title = ImageFont.truetype(str(FONTS / "NotoSerifCJK-Bold.ttc"), 64)
    body = ImageFont.truetype(str(FONTS / "NotoSerifCJK-Regular.ttc"), 36)
    draw.text((120, 60), TITLE, font=title, fill=0)
    draw.text((120, 170), BYLINE, font=body, fill=0)
    for column, lines in ((120, LEFT), (1060, RIGHT)):
        y = 270
        for line in lines:
            if line:
                draw.text((column, y), line, font=body, fill=0)
            y += 56 if line else 40
    image.save(Path(__file__).with_name("sample.png"), optimize=True)


if __name__ == "__main__":
    main()
