import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'link-explicit',
    decides: ['6.1.1', '6.1.2', '6.1.3', '6.1.4', '6.1.5'],
    scopes: [],
    returns: ['NA', 'review'],
    needs: ['dom'],
    description:
      '6.1.1–6.1.5: sorts links into text, image, composite and SVG links (scope of each test) and lists for a human those whose name cannot be explicit on its own ("en savoir plus", "ici", a file name or a URL): their context must tell the destination.',
  },
});
