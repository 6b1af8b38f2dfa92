import type { users as en } from '../en/users';

/** Espace Utilisateurs (Utilisateurs, Groupes d’utilisateurs), Vue d’ensemble et Produits. */
export const users: typeof en = {
  users: {
    title: 'Utilisateurs',
    search: 'Rechercher des utilisateurs',
    searchHelp: 'Nom ou adresse e-mail',
    clearSearch: 'Effacer la recherche',
    listName: 'les utilisateurs',
    table: {
      caption: 'Utilisateurs de l’organisation',
      name: 'Nom',
      email: 'Adresse e-mail',
      idType: 'Type d’ID',
    },
    empty: 'Aucun utilisateur pour l’instant',
    emptyHelp: 'Les personnes apparaissent ici lorsqu’elles sont ajoutées à l’organisation.',
    noMatch: 'Aucun utilisateur ne correspond à « {{q}} »',
    noMatchHelp: 'Vérifiez l’orthographe ou recherchez par adresse e-mail.',
  },
  groups: {
    title: 'Groupes d’utilisateurs',
    listName: 'les groupes d’utilisateurs',
    table: {
      caption: 'Groupes d’utilisateurs de l’organisation',
      name: 'Nom',
      members: 'Membres',
    },
    empty: 'Aucun groupe d’utilisateurs pour l’instant',
    emptyHelp:
      'Les groupes d’utilisateurs rassemblent des personnes pour leur attribuer des produits en une seule fois.',
  },
  overview: {
    title: 'Vue d’ensemble',
    intro: 'Résumé {{org, de}}.',
    orgName: 'Organisation',
    domains: 'Domaines revendiqués',
    usersCount: 'Utilisateurs',
    adminsCount: 'Administrateurs',
    pendingCount: 'Invitations en attente',
    productsCount: 'Produits',
    listName: 'le résumé de l’organisation',
    manageUsers: 'Gérer les utilisateurs',
    manageAdmins: 'Gérer les administrateurs',
    viewProducts: 'Voir les produits',
  },
  products: {
    title: 'Produits',
    listName: 'les produits',
    table: {
      caption: 'Produits de l’organisation et leurs profils de produit',
      name: 'Produit',
      profiles: 'Profils de produits',
    },
    empty: 'Aucun produit pour l’instant',
    emptyHelp: 'Les produits apparaissent ici lorsque l’organisation y souscrit.',
  },
  marketoInstances: {
    heading: 'Instances Marketo Engage',
    caption: 'Instances Marketo Engage et leurs ID Munchkin',
    name: 'Instance',
    munchkinId: 'ID Munchkin',
  },
  userDetails: {
    back: 'Retour aux utilisateurs',
    what: 'cet utilisateur',
    email: 'Adresse e-mail',
    idType: 'Type d’ID',
    country: 'Pays/région',
    makeAdmin: 'Nommer administrateur',
    notFound: 'Cet utilisateur n’existe pas',
    notFoundHelp: 'Il a peut-être été retiré de l’organisation. Recherchez-le de nouveau dans l’annuaire.',
  },
};
