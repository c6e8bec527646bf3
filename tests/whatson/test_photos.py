"""Photo cleaning: turned upright, every piece of metadata gone (GPS above all), display sizes, and bad files
refused with a clear reason — bombs before anything is decoded."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms, ImageFile

from kiosk.whatson.photos import (
    MAX_JPEG_BYTES,
    CleanPhoto,
    NotAnImage,
    PhotoError,
    PhotoTooLarge,
    TruncatedPhoto,
    UnsupportedPhoto,
    clean_photo,
    find_photos,
    heic_supported,
)

RED, BLUE = (220, 20, 20), (20, 40, 220)
GPS_IFD = 0x8825


def phone_jpeg(size: tuple[int, int] = (400, 300), orientation: int = 6, **extra: object) -> bytes:
    """A landscape picture, blue with a red top-left corner, as a phone saves it: EXIF orientation, camera,
    time, GPS position, XMP, an sRGB ICC profile and a comment."""
    im = Image.new("RGB", size, BLUE)
    im.paste(RED, (0, 0, size[0] // 4, size[1] // 4))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneCo"
    exif[0x0110] = "Pocket 12"
    exif[0x0132] = "2026:11:20 09:41:07"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (55.0, 51.0, 30.5), 3: "W", 4: (4.0, 17.0, 1.25)})
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=92, exif=exif, icc_profile=srgb, comment=b"Taken at 12 Kelvin Street",
            xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><exif:GPSLatitude>55,51.5N</exif:GPSLatitude></x:xmpmeta>',
            **extra)
    return buf.getvalue()


def segments(jpeg: bytes) -> list[int]:
    """The JPEG's marker segments before the image data (APPn, COM, DQT, …) as marker bytes."""
    assert jpeg[:2] == b"\xff\xd8"
    out, i = [], 2
    while i < len(jpeg):
        assert jpeg[i] == 0xFF, f"bad marker at {i}"
        marker = jpeg[i + 1]
        out.append(marker)
        if marker == 0xDA:  # start of scan: image data follows
            break
        (length,) = struct.unpack(">H", jpeg[i + 2:i + 4])
        i += 2 + length
    return out


def opened(photo: CleanPhoto) -> Image.Image:
    im = Image.open(io.BytesIO(photo.jpeg_bytes))
    im.load()
    return im


def close(a: float | tuple[int, ...] | None, b: tuple[int, ...], tol: int = 40) -> bool:
    """A pixel (as `getpixel` gives it: a tuple for RGB) within `tol` of `b` on every channel."""
    assert isinstance(a, tuple), a
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=False))


# -- turned upright -------------------------------------------------------------------------------------------

def test_exif_orientation_6_is_turned_upright() -> None:
    photo = clean_photo(phone_jpeg(orientation=6))
    im = opened(photo)
    assert (photo.width, photo.height) == im.size == (300, 400)  # portrait, as the phone showed it
    # orientation 6 = the camera was turned clockwise: the stored top-left corner is now top-right
    assert close(im.getpixel((photo.width - 10, 10)), RED)
    assert close(im.getpixel((10, 10)), BLUE)


@pytest.mark.parametrize(("orientation", "size", "red_at"), [
    (1, (400, 300), "top-left"), (3, (400, 300), "bottom-right"), (8, (300, 400), "bottom-left"),
])
def test_other_orientations(orientation: int, size: tuple[int, int], red_at: str) -> None:
    im = opened(clean_photo(phone_jpeg(orientation=orientation)))
    assert im.size == size
    w, h = size
    corner = {"top-left": (10, 10), "bottom-right": (w - 10, h - 10), "bottom-left": (10, h - 10)}[red_at]
    assert close(im.getpixel(corner), RED)


# -- metadata gone -----------------------------------------------------------------------------------------------

def test_gps_and_all_metadata_are_gone() -> None:
    source = phone_jpeg()
    assert Image.open(io.BytesIO(source)).getexif().get_ifd(GPS_IFD)  # the source really has a position
    photo = clean_photo(source)
    im = opened(photo)
    assert not im.getexif()
    assert not im.getexif().get_ifd(GPS_IFD)
    for key in ("exif", "xmp", "icc_profile", "comment", "XML:com.adobe.xmp"):
        assert key not in im.info, key
    # No APP1 (EXIF/XMP), APP2 (ICC) or other application segment but JFIF's APP0, and no comment.
    markers = segments(photo.jpeg_bytes)
    assert not [m for m in markers if 0xE1 <= m <= 0xEF or m == 0xFE], [hex(m) for m in markers]
    for needle in (b"Exif", b"PhoneCo", b"Pocket", b"2026:11:20", b"Kelvin", b"xmpmeta", b"GPS", b"acsp"):
        assert needle not in photo.jpeg_bytes, needle


def test_png_and_webp_metadata_is_gone_too() -> None:
    exif = Image.Exif()
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (55.0, 51.0, 30.5)})
    exif[0x010F] = "PhoneCo"
    for fmt in ("PNG", "WEBP"):
        buf = io.BytesIO()
        Image.new("RGB", (120, 80), BLUE).save(buf, fmt, exif=exif)
        photo = clean_photo(buf.getvalue())
        assert b"PhoneCo" not in photo.jpeg_bytes and not opened(photo).getexif(), fmt


def test_the_name_is_the_sha256_and_the_same_photo_gives_the_same_name() -> None:
    import hashlib

    a, b = clean_photo(phone_jpeg()), clean_photo(phone_jpeg())
    assert a.sha256 == hashlib.sha256(a.jpeg_bytes).hexdigest() == b.sha256
    assert a.file_name == f"{a.sha256}.jpg"


# -- formats --------------------------------------------------------------------------------------------------

def test_png_with_transparency_becomes_a_jpeg_on_white() -> None:
    im = Image.new("RGBA", (200, 100), (0, 0, 0, 0))  # transparent black: must not turn black
    im.paste((200, 0, 0, 255), (0, 0, 100, 100))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    photo = clean_photo(buf.getvalue())
    out = opened(photo)
    assert out.format == "JPEG" and out.mode == "RGB" and out.size == (200, 100)
    assert close(out.getpixel((150, 50)), (255, 255, 255), 8)
    assert close(out.getpixel((50, 50)), (200, 0, 0))


def test_palette_png_with_transparency() -> None:
    im = Image.new("P", (64, 64), 0)
    im.putpalette([0, 0, 0, 10, 120, 10] + [0] * 762)
    im.paste(1, (0, 0, 32, 64))
    buf = io.BytesIO()
    im.save(buf, "PNG", transparency=0)
    out = opened(clean_photo(buf.getvalue()))
    assert close(out.getpixel((48, 32)), (255, 255, 255), 8) and close(out.getpixel((16, 32)), (10, 120, 10))


def test_webp_is_accepted() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (640, 480), BLUE).save(buf, "WEBP", quality=80)
    photo = clean_photo(buf.getvalue())
    assert opened(photo).format == "JPEG" and (photo.width, photo.height) == (640, 480)


def test_a_colour_profile_is_never_kept() -> None:
    """A profile that is not sRGB is applied (or, if it cannot be, ignored) and never written out."""
    lab = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes()  # not even an RGB profile
    buf = io.BytesIO()
    Image.new("RGB", (50, 50), (0, 200, 0)).save(buf, "JPEG", icc_profile=lab)
    out = opened(clean_photo(buf.getvalue()))
    assert "icc_profile" not in out.info and out.mode == "RGB"
    assert close(out.getpixel((25, 25)), (0, 200, 0))


@pytest.mark.skipif(heic_supported(), reason="pillow-heif is installed: HEIC photos are accepted")
def test_heic_without_pillow_heif_is_refused_as_unsupported() -> None:
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    with pytest.raises(UnsupportedPhoto, match="HEIC") as e:
        clean_photo(heic)
    assert e.value.kind == "photo_unsupported"


def test_gif_and_bmp_are_refused_as_unsupported() -> None:
    for fmt in ("GIF", "BMP"):
        buf = io.BytesIO()
        Image.new("RGB", (20, 20), BLUE).save(buf, fmt)
        with pytest.raises(UnsupportedPhoto, match=fmt):
            clean_photo(buf.getvalue())


# -- refused ----------------------------------------------------------------------------------------------------

def test_a_truncated_jpeg_is_refused(tmp_path: Path) -> None:
    data = phone_jpeg((1200, 900))
    cut = tmp_path / "IMG_0042.jpg"
    cut.write_bytes(data[: len(data) * 2 // 3])
    with pytest.raises(TruncatedPhoto) as e:
        clean_photo(cut)
    assert "'IMG_0042.jpg' is damaged or incomplete" in str(e.value)
    assert e.value.kind == "photo_truncated"
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def test_a_truncated_png_is_refused() -> None:
    buf = io.BytesIO()
    Image.effect_noise((300, 300), 60).save(buf, "PNG")
    with pytest.raises(TruncatedPhoto):
        clean_photo(buf.getvalue()[:-200])


@pytest.mark.parametrize("data", [b"Minutes of the residents' meeting\n", b"%PDF-1.7\n1 0 obj\n", b"\x00" * 100])
def test_a_non_image_is_refused(data: bytes) -> None:
    with pytest.raises(NotAnImage, match="not a photo") as e:
        clean_photo(data)
    assert e.value.kind == "photo_not_image"


def test_missing_empty_and_folder_paths_say_so(tmp_path: Path) -> None:
    with pytest.raises(PhotoError, match="not there any more"):
        clean_photo(tmp_path / "gone.jpg")
    (tmp_path / "empty.jpg").write_bytes(b"")
    with pytest.raises(NotAnImage, match="empty"):
        clean_photo(tmp_path / "empty.jpg")
    with pytest.raises(NotAnImage, match="folder"):
        clean_photo(tmp_path)


def png_header(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares width x height (with valid checksums) and one small IDAT."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + \
        chunk(b"IEND", b"")


@pytest.mark.parametrize("size", [(30000, 30000), (10000, 10000), (8000, 7000)])
def test_a_decompression_bomb_is_refused_without_decoding(monkeypatch: pytest.MonkeyPatch,
                                                          size: tuple[int, int]) -> None:
    """30000² is over Pillow's hard limit, 10000² over its warning limit, 8000x7000 over ours (50 MP)."""
    decoded: list[str] = []
    original = ImageFile.ImageFile.load

    def spy(self: ImageFile.ImageFile) -> Image.core.PixelAccess | None:
        decoded.append(self.format or "?")
        return original(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", spy)
    with pytest.raises(PhotoTooLarge, match=r"too large|megapixels") as e:
        clean_photo(png_header(*size))
    assert decoded == []
    assert e.value.kind == "photo_too_large"


def test_an_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.whatson.photos as photos

    big = tmp_path / "huge.png"
    big.write_bytes(png_header(100, 100))
    monkeypatch.setattr(photos, "MAX_FILE_BYTES", 50)
    with pytest.raises(PhotoTooLarge, match="MB"):
        clean_photo(big)


# -- display sizes ---------------------------------------------------------------------------------------------

def jpeg_of(size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    Image.linear_gradient("L").resize(size).convert("RGB").save(buf, "JPEG", quality=80)
    return buf.getvalue()


@pytest.mark.parametrize(("source", "fmt", "expected"), [
    ((4000, 3000), "JPEG", (2000, 1500)),  # 12 MP: libjpeg's 1/2 scale lands in the display range, kept
    ((4032, 3024), "JPEG", (2016, 1512)),
    ((8064, 6048), "JPEG", (2016, 1512)),  # 48 MP: 1/4 scale
    ((6000, 4000), "JPEG", (1600, 1067)),  # 1/2 scale is 3000 px: resampled to the display size
    ((5000, 3000), "PNG", (1600, 960)),  # no decoder scaling for PNG
    ((2000, 1000), "PNG", (2000, 1000)),  # already in the display range
    ((800, 600), "JPEG", (800, 600)),  # never enlarged
    ((3000, 4000), "JPEG", (1500, 2000)),  # portrait
])
def test_output_sizes(source: tuple[int, int], fmt: str, expected: tuple[int, int]) -> None:
    if fmt == "JPEG":
        data = jpeg_of(source)
    else:
        buf = io.BytesIO()
        Image.new("RGB", source, BLUE).save(buf, fmt)
        data = buf.getvalue()
    photo = clean_photo(data)
    assert (photo.width, photo.height) == opened(photo).size == expected


def test_exactly_1600_when_asked() -> None:
    photo = clean_photo(jpeg_of((4000, 3000)), keep_up_to=1600)
    assert (photo.width, photo.height) == (1600, 1200)


def test_a_photo_of_pure_noise_still_fits_one_content_change() -> None:
    buf = io.BytesIO()
    Image.merge("RGB", [Image.effect_noise((2000, 2000), 120) for _ in range(3)]).save(buf, "PNG")
    photo = clean_photo(buf.getvalue())
    assert len(photo.jpeg_bytes) <= MAX_JPEG_BYTES


# -- storing and finding --------------------------------------------------------------------------------------

def test_find_photos_lists_pictures_newest_first_and_skips_hidden(tmp_path: Path) -> None:
    import os

    usb = tmp_path / "media" / "staff" / "STICK"
    (usb / "Summer fair").mkdir(parents=True)
    (usb / ".Trashes").mkdir()
    for i, name in enumerate(["a.JPG", "Summer fair/b.png", "c.webp", "notes.txt", ".Trashes/d.jpg", "e.heic"]):
        (usb / name).write_bytes(b"x")
        os.utime(usb / name, (1_700_000_000 + i, 1_700_000_000 + i))
    found = find_photos([tmp_path / "media", tmp_path / "missing"])
    assert [p.name for p in found] == ["e.heic", "c.webp", "b.png", "a.JPG"]
    assert find_photos([tmp_path / "media"], limit=2) == found[:2]
    assert find_photos([tmp_path / "media"], depth=1) == []
