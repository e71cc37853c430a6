'use client';

import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

interface GalleryImage {
  id: string;
  url: string;
  alt: string;
}

/** One large image with thumbnails to switch between them. */
export function ImageGallery({ images, name }: { images: readonly GalleryImage[]; name: string }) {
  const [selectedId, setSelectedId] = useState(images[0]?.id);
  const selected = images.find((image) => image.id === selectedId) ?? images[0];

  return (
    <Stack spacing={1}>
      <Box
        sx={{
          aspectRatio: '1 / 1',
          bgcolor: 'grey.100',
          borderRadius: 2,
          overflow: 'hidden',
          display: 'grid',
          placeItems: 'center',
        }}
      >
        {selected ? (
          // Images come from the API's media host; a plain img needs no per-host build configuration.
          <img
            src={selected.url}
            alt={selected.alt || name}
            style={{ width: '100%', height: '100%', objectFit: 'contain' }}
          />
        ) : (
          <Typography color="text.secondary">No image</Typography>
        )}
      </Box>
      {images.length > 1 && (
        <Stack direction="row" spacing={1} sx={{ overflowX: 'auto' }}>
          {images.map((image, index) => (
            <ButtonBase
              key={image.id}
              onClick={() => setSelectedId(image.id)}
              aria-label={`Show image ${index + 1}`}
              aria-pressed={image.id === selected?.id}
              sx={{
                width: 64,
                height: 64,
                flexShrink: 0,
                borderRadius: 1,
                overflow: 'hidden',
                outline: image.id === selected?.id ? '2px solid' : 'none',
                outlineColor: 'primary.main',
              }}
            >
              <img src={image.url} alt="" style={{ width: '100%', height: '100%', objectFit: 'cover' }} />
            </ButtonBase>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
