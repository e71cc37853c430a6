'use client';

import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useRuntime } from '@msa/web-kit/runtime-provider';
import { accessTokenForRequest } from '@msa/web-kit/session-refresh';
import type { AdminProductFieldsFragment } from '@/__generated__/graphql';
import { RemoveImageMutation, ReorderImagesMutation } from '@/graphql/products.graphql';
import {
  ACCEPTED_IMAGE_TYPES,
  checkImageFile,
  uploadProductImage,
  type UploadResult,
} from '@/lib/image-upload';
import { useActionNotice } from '@/lib/use-action-notice';
import { ActionNotice } from './action-notice';

/** The product's gallery: upload (multipart to the router), reorder and remove images. */
export function ImageManager({
  product,
  onUploaded,
}: {
  product: AdminProductFieldsFragment;
  onUploaded: () => void;
}) {
  const { session, endpoints } = useRuntime();
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [uploading, setUploading] = useState(false);
  const notices = useActionNotice();
  const fileInput = useRef<HTMLInputElement>(null);
  const [reorder, reordering] = useMutation(ReorderImagesMutation);
  const [removeImage, removing] = useMutation(RemoveImageMutation);
  const images = [...product.images].sort((a, b) => a.position - b.position);

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    notices.dismiss();
    const invalid = checkImageFile(file);
    if (invalid) {
      notices.show({ severity: 'error', text: invalid });
      return;
    }
    setUploading(true);
    try {
      const send = async (token: string | null): Promise<UploadResult> =>
        uploadProductImage({
          apiOrigin: endpoints.origin,
          productId: product.id,
          file,
          fileName: file.name,
          alt,
          accessToken: token,
        });
      let result = await send(await accessTokenForRequest(session.store, session.refresh));
      // The access token may have been revoked or signed with a rotated key: renew it once and resend.
      if (!result.ok && result.status === 401 && session.store.storedRefreshToken()) {
        result = await send(await session.refresh());
      }
      if (result.ok) {
        notices.show({ severity: 'success', text: `Uploaded ${file.name}.` });
        setFile(null);
        setAlt('');
        if (fileInput.current) fileInput.current.value = '';
        onUploaded();
      } else {
        notices.show({ severity: 'error', text: result.message });
      }
    } finally {
      setUploading(false);
    }
  };

  const move = (index: number, offset: -1 | 1) => {
    const order = images.map((image) => image.id);
    const [moved] = order.splice(index, 1);
    order.splice(index + offset, 0, moved!);
    return notices.perform(
      async () =>
        (await reorder({ variables: { productId: product.id, imageIds: order } })).data?.reorderProductImages
          .userErrors,
      { refused: 'warning' },
    );
  };

  const remove = async (imageId: string) => {
    if (!window.confirm('Remove this image?')) return;
    await notices.perform(
      async () => (await removeImage({ variables: { imageId } })).data?.removeProductImage.userErrors,
      { refused: 'warning' },
    );
  };

  const busy = reordering.loading || removing.loading;
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
        Images
      </Typography>
      <ActionNotice notice={notices.notice} onClose={notices.dismiss} />
      {images.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          No images yet. The first image is the one shown in product lists.
        </Typography>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))',
            mb: 3,
          }}
        >
          {images.map((image, index) => (
            <Paper key={image.id} variant="outlined" sx={{ p: 1 }}>
              <Box sx={{ aspectRatio: '1 / 1', bgcolor: 'grey.100', borderRadius: 1, overflow: 'hidden' }}>
                <img
                  src={image.url}
                  alt={image.alt}
                  style={{ width: '100%', height: '100%', objectFit: 'cover' }}
                />
              </Box>
              <Typography variant="caption" component="p" noWrap title={image.alt} sx={{ mt: 0.5 }}>
                {index === 0 ? 'Main image' : `#${index + 1}`}
                {image.alt ? ` · ${image.alt}` : ''}
              </Typography>
              <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
                <Button
                  size="small"
                  onClick={() => void move(index, -1)}
                  disabled={busy || index === 0}
                  aria-label="Move earlier"
                >
                  ←
                </Button>
                <Button size="small" color="error" onClick={() => void remove(image.id)} disabled={busy}>
                  Remove
                </Button>
                <Button
                  size="small"
                  onClick={() => void move(index, 1)}
                  disabled={busy || index === images.length - 1}
                  aria-label="Move later"
                >
                  →
                </Button>
              </Stack>
            </Paper>
          ))}
        </Box>
      )}
      <Stack
        component="form"
        onSubmit={upload}
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ alignItems: { md: 'center' } }}
      >
        <Button variant="outlined" component="label">
          {file ? file.name : 'Choose image…'}
          <input
            ref={fileInput}
            hidden
            type="file"
            accept={ACCEPTED_IMAGE_TYPES.join(',')}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </Button>
        <TextField
          size="small"
          label="Alternative text"
          value={alt}
          onChange={(event) => setAlt(event.target.value)}
          helperText="Describes the image for people who cannot see it."
          sx={{ flexGrow: 1 }}
        />
        <Button type="submit" variant="contained" disabled={!file || uploading}>
          {uploading ? 'Uploading…' : 'Upload'}
        </Button>
      </Stack>
      <Typography variant="caption" color="text.secondary">
        PNG, JPEG or WebP.
      </Typography>
    </Paper>
  );
}
