import type { supportCoverage as en } from '../en/supportCoverage';

export const supportCoverage: typeof en = {
  title: 'Couverture de l’assistance',
  link: 'Couverture de l’assistance',
  intro:
    'Qui peut ouvrir des demandes d’assistance auprès d’Adobe pour chaque produit et chaque instance Marketo Engage. Les administrateurs d’assistance de base couvrent tous les produits sauf Marketo Engage ; les administrateurs d’assistance produit couvrent les instances Marketo Engage qui leur ont été attribuées.',
  what: 'la couverture de l’assistance',
  systemOnly: 'Seuls les administrateurs système peuvent voir la couverture de l’assistance.',
  empty: 'L’organisation n’a aucun produit.',
  gaps_one: '{{count}} produit ou instance n’a aucun administrateur d’assistance.',
  gaps_other: '{{count}} produits ou instances n’ont aucun administrateur d’assistance.',
  allCovered: 'Chaque produit et chaque instance a un administrateur d’assistance.',
  uncovered: 'Aucun administrateur d’assistance',
  add: 'Ajouter un administrateur d’assistance',
  addFor: 'Ajouter un administrateur d’assistance pour {{name}}',
  roles: { basic: 'Assistance de base', productSupport: 'Assistance produit' },
  table: {
    caption: 'Couverture de l’assistance par produit et par instance',
    product: 'Produit ou instance',
    admins: 'Qui peut ouvrir des demandes d’assistance',
  },
};
