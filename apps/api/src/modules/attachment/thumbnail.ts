import sharp from 'sharp';

/** The longest side of a thumbnail, in pixels: enough for a list row and a preview grid. */
export const THUMBNAIL_SIZE = 320;

/**
 * A JPEG thumbnail of an image file, turned upright by its EXIF orientation; false when the image
 * cannot be decoded (a corrupt file is still stored, it just has no preview).
 */
export async function writeThumbnail(source: string, target: string): Promise<boolean> {
  try {
    await sharp(source, { limitInputPixels: 100_000_000 })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 75, mozjpeg: false })
      .toFile(target);
    return true;
  } catch {
    return false;
  }
}
