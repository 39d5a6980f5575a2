"""Draw the application icon: ``resources/icons/onestop.png`` (256 px) and ``onestop.ico``.

A queue ticket (white, with a tear-off notch on each side) on a blue rounded square, with the
figure 1 — "một cửa", one door. Run it again only to change the icon; both files are committed:

    python packaging/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "LiberationSans-Bold.ttf"
BLUE = (29, 78, 137, 255)
WHITE = (255, 255, 255, 255)
SIZE = 1024  # drawn large, scaled down with a good filter
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((0, 0, SIZE - 1, SIZE - 1), radius=SIZE // 6, fill=BLUE)
    left, top, right, bottom = SIZE * 0.2, SIZE * 0.14, SIZE * 0.8, SIZE * 0.86
    d.rounded_rectangle((left, top, right, bottom), radius=SIZE // 18, fill=WHITE)
    notch = SIZE * 0.07
    middle = SIZE * 0.64
    for x in (left, right):
        d.ellipse((x - notch, middle - notch, x + notch, middle + notch), fill=BLUE)
    dash = SIZE * 0.035
    x = left + notch * 1.6
    while x < right - notch * 1.6:
        d.rectangle((x, middle - dash / 4, x + dash, middle + dash / 4), fill=BLUE)
        x += dash * 2
    font = ImageFont.truetype(str(FONT), int(SIZE * 0.42))
    d.text((SIZE / 2, SIZE * 0.385), "1", font=font, fill=BLUE, anchor="mm")
    bar = SIZE * 0.045
    d.rounded_rectangle(
        (SIZE * 0.36, SIZE * 0.72, SIZE * 0.64, SIZE * 0.72 + bar), radius=bar / 2, fill=BLUE
    )
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "onestop.png", optimize=True)
    big.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "onestop.ico", sizes=ICO_SIZES)
    print(f"wrote {OUT / 'onestop.png'} and {OUT / 'onestop.ico'}")


if __name__ == "__main__":
    main()
