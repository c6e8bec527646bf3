"""Listing photos: whatever staff bring on a USB stick, cleaned into a small JPEG that is safe to show and share.

`clean_photo(source)` takes a file path or the file's bytes — JPEG, PNG or WebP, and HEIC/HEIF when the
optional pillow-heif package is installed — and:
  1. refuses a file over MAX_FILE_BYTES, and a picture whose header declares more than `max_pixels` pixels
     (a "decompression bomb": a small file that would unpack to gigabytes) before decoding anything;
  2. checks the file (`verify`: a PNG's chunk checksums) and then decodes it — a JPEG through `draft`, so
     libjpeg decodes straight at 1/2, 1/4 or 1/8 scale, the smallest that still covers the display size;
     a truncated or damaged file is refused;
  3. turns it upright by its EXIF orientation (ImageOps.exif_transpose), flattens transparency onto white,
     shrinks it to the display size — MAX_SIDE (1600) px on its longest side, or as decoded when JPEG scaling
     already landed between that and KEEP_DECODED_UP_TO (2048) px; never enlarged — and converts it to sRGB
     when it carries another colour profile (a phone's Display P3);
  4. saves a baseline JPEG, quality 85, with NO metadata: no EXIF (GPS position, camera, time), no XMP, no
     ICC profile, no comment.
The result's SHA-256 names it: `ListingService.add_photo(sha256, jpeg_bytes)` (kiosk.whatson.store) keeps it as
`<data_dir>/photos/<sha256>.jpg` (written atomically) and queues it for the site's other kiosks.

A baseline rather than a progressive JPEG: the kiosk reads its photos from its own disk, where progressive
loading brings nothing, and a progressive file takes ~6x longer to write and ~2x longer for the visitor
screens to decode (benchmarks/photo_import.py prints both).
Thread: the database/worker thread (a 12-megapixel photo takes a tenth of a second; never the GUI thread).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from kiosk.core.errors import KioskError

log = logging.getLogger(__name__)

MAX_SIDE = 1600  # the display size: a photo across the detail screen of a 1080 x 1920 display
# A decoded picture whose longest side is already between MAX_SIDE and this is kept at that size rather than
# resampled a second time: libjpeg's 1/2, 1/4, 1/8 scaling (draft) takes 12- and 48-megapixel phone photos
# to ~2000 px with no resampling at all (sharper, and half the work). Set it to MAX_SIDE for exactly 1600.
KEEP_DECODED_UP_TO = 2048
MAX_JPEG_BYTES = 1_500_000  # a photo travels to the central database inside one content change
MAX_PIXELS = 50_000_000  # a 48-megapixel phone photo fits; anything declaring more is refused undecoded
MAX_FILE_BYTES = 60 * 1024 * 1024
QUALITY = 85
EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif")
_FORMATS = ("JPEG", "PNG", "WEBP")
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif")
_OTHER_IMAGES = ((b"GIF87a", "GIF"), (b"GIF89a", "GIF"), (b"BM", "BMP"), (b"II*\x00", "TIFF"),
                 (b"MM\x00*", "TIFF"), (b"\x00\x00\x01\x00", "ICO"), (b"8BPS", "Photoshop"))
_WHITE = (255, 255, 255, 255)
_ORIENTATION = 0x0112


class PhotoError(KioskError):
    """A photo that cannot be used; the message says why in plain words, `kind` picks the staff's words."""

    kind = "photo"


class NotAnImage(PhotoError):
    kind = "photo_not_image"


class TruncatedPhoto(PhotoError):
    kind = "photo_truncated"


class PhotoTooLarge(PhotoError):
    kind = "photo_too_large"


class UnsupportedPhoto(PhotoError):
    kind = "photo_unsupported"


@dataclass(frozen=True, slots=True)
class CleanPhoto:
    sha256: str  # of jpeg_bytes: the photo's name and content key
    jpeg_bytes: bytes
    width: int
    height: int

    @property
    def file_name(self) -> str:
        return f"{self.sha256}.jpg"


def heic_supported() -> bool:
    """Whether HEIC/HEIF photos can be read (the optional pillow-heif package registers them with Pillow)."""
    return _heif_format() is not None


_heif_checked = False
_heif_name: str | None = None


def _heif_format() -> str | None:
    global _heif_checked, _heif_name
    if not _heif_checked:
        try:
            import pillow_heif

            pillow_heif.register_heif_opener()
            _heif_name = "HEIF"
        except ImportError:
            _heif_name = None
        _heif_checked = True
    return _heif_name


def _formats() -> tuple[str, ...]:
    heif = _heif_format()
    return (*_FORMATS, heif) if heif else _FORMATS


def _sniff(data: bytes) -> str:
    """The kind of a file Pillow would not open for us, for a clear message ('' when it is not a picture)."""
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "AVIF" if data[8:12] == b"avif" else "HEIC"
    return next((name for magic, name in _OTHER_IMAGES if data.startswith(magic)), "")


def _read(source: Path | bytes, name: str) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        try:
            size = source.stat().st_size
            if size > MAX_FILE_BYTES:
                raise PhotoTooLarge(f"{name} is {size / 1e6:.0f} MB; a photo can be at most "
                                    f"{MAX_FILE_BYTES / 1e6:.0f} MB")
            data = source.read_bytes()
        except IsADirectoryError:
            raise NotAnImage(f"{name} is a folder, not a photo") from None
        except FileNotFoundError:
            raise PhotoError(f"{name} is not there any more (was the USB stick taken out?)") from None
        except OSError as e:
            raise PhotoError(f"{name} cannot be read ({e.strerror or e})") from None
    if len(data) > MAX_FILE_BYTES:
        raise PhotoTooLarge(f"{name} is {len(data) / 1e6:.0f} MB; a photo can be at most "
                            f"{MAX_FILE_BYTES / 1e6:.0f} MB")
    if not data:
        raise NotAnImage(f"{name} is empty")
    return data


def _open(data: bytes, name: str, max_pixels: int) -> Image.Image:
    """Opens (reads the header only) and refuses a picture that declares too many pixels."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            im = Image.open(io.BytesIO(data), formats=_formats())
        except Image.DecompressionBombError:
            raise PhotoTooLarge(f"{name} declares a picture far too large to open safely") from None
        except UnidentifiedImageError:
            kind = _sniff(data)
            if kind in ("HEIC", "AVIF"):
                raise UnsupportedPhoto(f"{name} is a {kind} photo, which this kiosk cannot read (the optional "
                                       "pillow-heif package is not installed); save it as JPEG and try again") from None
            if kind:
                raise UnsupportedPhoto(f"{name} is a {kind} picture; please use a JPEG, PNG or WebP photo") from None
            raise NotAnImage(f"{name} is not a photo (not a JPEG, PNG or WebP picture)") from None
        except (OSError, SyntaxError, ValueError, EOFError) as e:
            log.info("%s could not be opened: %s", name, e)
            raise TruncatedPhoto(f"{name} is damaged or incomplete") from None
    if any(issubclass(w.category, Image.DecompressionBombWarning) for w in caught):
        im.close()
        raise PhotoTooLarge(f"{name} declares a picture far too large to open safely")
    w, h = im.size
    if w * h > max_pixels or w < 1 or h < 1:
        im.close()
        raise PhotoTooLarge(f"{name} is {w} x {h} pixels ({w * h / 1e6:.0f} megapixels); at most "
                            f"{max_pixels / 1e6:.0f} megapixels can be used")
    return im


def _fit(size: tuple[int, int], side: int) -> tuple[int, int]:
    w, h = size
    scale = side / max(w, h)
    if scale >= 1:
        return w, h
    return max(1, round(w * scale)), max(1, round(h * scale))


def _flatten(im: Image.Image) -> Image.Image:
    """RGB (or L / CMYK, which convert later with their colour profile): transparency goes onto white."""
    if im.mode in ("RGB", "L", "CMYK"):
        return im
    if im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        return Image.alpha_composite(Image.new("RGBA", rgba.size, _WHITE), rgba).convert("RGB")
    if im.mode.startswith("I;16"):  # a 16-bit greyscale PNG: keep the top 8 bits
        return im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if im.mode in ("I", "F"):
        return im.convert("L")
    return im.convert("RGB")


def _srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """The picture in sRGB: an embedded profile (Display P3, Adobe RGB, a CMYK press profile) is applied,
    then dropped; without one the pixels are taken as sRGB already."""
    if icc:
        try:
            from PIL import ImageCms

            src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            description = ImageCms.getProfileDescription(src) or ""
            if im.mode != "RGB" or "srgb" not in description.lower().replace(" ", ""):
                out = ImageCms.profileToProfile(im, src, ImageCms.createProfile("sRGB"), outputMode="RGB")
                if out is not None:
                    return out
        except Exception as e:  # a broken or mismatched profile: show the pixels as they are
            log.info("colour profile ignored: %s", e)
    return im if im.mode == "RGB" else im.convert("RGB")


def clean_photo(source: Path | bytes, *, max_pixels: int = MAX_PIXELS, max_side: int = MAX_SIDE,
                keep_up_to: int = KEEP_DECODED_UP_TO, quality: int = QUALITY, name: str | None = None) -> CleanPhoto:
    """The photo upright, in sRGB, `max_side` pixels on its longest side (or up to `keep_up_to` when the
    decoder lands there by itself; never enlarged), as a JPEG without any metadata. Raises a PhotoError
    (NotAnImage, TruncatedPhoto, PhotoTooLarge, UnsupportedPhoto) saying what is wrong; `name` is how the
    message names the file (default: the file's name, or "The photo")."""
    label = name or (f"'{source.name}'" if isinstance(source, Path) else "The photo")
    data = _read(source, label)
    with _open(data, label, max_pixels) as probe:  # header only
        try:
            probe.verify()  # a PNG's checksums; nothing is decoded
        except (OSError, SyntaxError, ValueError, EOFError) as e:
            log.info("%s failed its check: %s", label, e)
            raise TruncatedPhoto(f"{label} is damaged or incomplete") from None
    im = _open(data, label, max_pixels)  # verify() used the first one up
    icc = im.info.get("icc_profile")
    if im.format == "JPEG":
        im.draft(im.mode if im.mode in ("RGB", "L", "CMYK") else "RGB", _fit(im.size, max_side))
    try:
        im.load()
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        log.info("%s could not be decoded: %s", label, e)
        raise TruncatedPhoto(f"{label} is damaged or incomplete (was it still copying?)") from None
    except MemoryError:
        raise PhotoTooLarge(f"{label} is too large to open on this kiosk") from None
    try:
        if im.getexif().get(_ORIENTATION, 1) != 1:
            ImageOps.exif_transpose(im, in_place=True)
    except Exception as e:  # unreadable EXIF: keep the picture as it is stored
        log.info("EXIF orientation ignored: %s", e)
    try:
        flat = _flatten(im)
    except (ValueError, OSError) as e:
        log.info("%s: mode %s cannot be converted: %s", label, im.mode, e)
        raise UnsupportedPhoto(f"{label} uses a kind of colour ({im.mode}) that cannot be shown") from None
    if max(flat.size) > max(max_side, keep_up_to):
        flat = flat.resize(_fit(flat.size, max_side), Image.Resampling.BICUBIC)
    out = _srgb(flat, icc if isinstance(icc, bytes) else None)
    out.info = {}  # nothing of the original's metadata goes along (Pillow would copy a comment by itself)
    jpeg = _encode(out, quality)
    while len(jpeg) > MAX_JPEG_BYTES:  # very fine detail (or noise): a little smaller until it fits
        if max(out.size) <= 480:
            raise PhotoTooLarge(f"{label} holds too much detail to send to the other kiosks")
        out = out.resize(_fit(out.size, max(out.size) * 3 // 4), Image.Resampling.BICUBIC)
        jpeg = _encode(out, quality)
    return CleanPhoto(hashlib.sha256(jpeg).hexdigest(), jpeg, out.width, out.height)


def _encode(im: Image.Image, quality: int) -> bytes:
    for q in (quality, 70):
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=q, subsampling="4:2:0", progressive=False, optimize=False)
        if buf.tell() <= MAX_JPEG_BYTES:
            break
    return buf.getvalue()


# -- finding photos on a USB stick ----------------------------------------------------------------------------

USB_ROOTS = (Path("/media"), Path("/run/media"))


def _walk(root: Path, depth: int) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name.casefold())
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                if depth > 0:
                    yield from _walk(Path(entry.path), depth - 1)
            elif entry.is_file() and entry.name.lower().endswith(EXTENSIONS):
                yield Path(entry.path)
        except OSError:
            continue


def find_photos(roots: Iterable[Path], *, depth: int = 4, limit: int = 200) -> list[Path]:
    """Picture files (by extension) under `roots` — USB mounts and the data folder's inbox — newest first,
    at most `limit`; hidden folders are skipped and folders deeper than `depth` are not searched."""
    found: list[tuple[float, Path]] = []
    for root in roots:
        for path in _walk(root, depth):
            try:
                found.append((path.stat().st_mtime, path))
            except OSError:
                continue
            if len(found) >= limit * 5:
                break
    found.sort(key=lambda x: (-x[0], str(x[1])))
    return [p for _, p in found[:limit]]
