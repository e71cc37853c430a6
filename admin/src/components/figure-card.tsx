import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import Link from 'next/link';

/** One key number with its label; a link when `href` is given. */
export function FigureCard({ label, value, href }: { label: string; value: string | number; href?: string }) {
  const content = (
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" component="p" sx={{ fontWeight: 700 }} data-figure={label}>
        {value}
      </Typography>
    </CardContent>
  );
  return (
    <Card variant="outlined">
      {href ? (
        <CardActionArea component={Link} href={href}>
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Card>
  );
}
