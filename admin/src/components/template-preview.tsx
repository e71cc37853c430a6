import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { previewParts } from '@/lib/template-check';

function PreviewLine({ text, allowed }: { text: string; allowed: readonly string[] }) {
  return (
    <>
      {previewParts(text, allowed).map((part, index) =>
        part.kind === 'text' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'value' ? (
          <Box
            component="mark"
            key={index}
            title={`{{${part.placeholder}}}`}
            sx={{ bgcolor: 'success.light', px: 0.25 }}
          >
            {part.text}
          </Box>
        ) : (
          <Box
            component="mark"
            key={index}
            title="Unknown placeholder"
            sx={{ bgcolor: 'error.light', color: 'error.contrastText', px: 0.25 }}
          >
            {part.text}
          </Box>
        ),
      )}
    </>
  );
}

/** The message as a recipient would read it, example values marked, unknown placeholders in red. */
export function TemplatePreview({
  subject,
  body,
  allowed,
}: {
  subject: string | null;
  body: string;
  allowed: readonly string[];
}) {
  return (
    <Box data-testid="template-preview">
      {subject !== null && (
        <Typography sx={{ fontWeight: 700, mb: 1 }}>
          <PreviewLine text={subject} allowed={allowed} />
        </Typography>
      )}
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        <PreviewLine text={body} allowed={allowed} />
      </Typography>
    </Box>
  );
}
