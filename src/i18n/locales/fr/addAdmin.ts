import type { addAdmin as en } from '../en/addAdmin';

export const addAdmin: typeof en = {
  title: 'Ajouter un administrateur',
  steps: { chooseUser: 'Choisir un utilisateur', selectRoles: 'Sélectionner les rôles d’administrateur' },
  stepper: 'Progression',
  user: {
    label: 'Adresse e-mail ou nom d’utilisateur',
    help: 'Recherchez dans l’annuaire par nom ou adresse e-mail, ou saisissez l’adresse d’une nouvelle personne.',
    searching: 'Recherche…',
    noResults: 'Aucun utilisateur ne correspond à cette recherche.',
    typeToSearch: 'Saisissez un nom ou une adresse e-mail.',
    addNew: 'Ajouter le nouvel utilisateur {{email}}',
    newUserNote:
      '{{email}} ne figure pas encore dans l’annuaire. Un nouvel utilisateur sera créé avec cette adresse.',
    firstName: 'Prénom (facultatif)',
    lastName: 'Nom (facultatif)',
    chosen: 'Utilisateur choisi : {{name}}, {{email}}, {{idType}}',
    searchFailed: 'La recherche dans l’annuaire a échoué.',
  },
  roles: {
    intro: 'Choisissez un ou plusieurs rôles pour {{name}}.',
    descriptions: {
      system:
        'Contrôle total de l’organisation : produits, utilisateurs, rôles d’administrateur et paramètres.',
      product: 'Gère les utilisateurs, les profils et les paramètres des produits choisis ci-dessous.',
      productProfile: 'Gère les personnes affectées aux profils de produit choisis ci-dessous.',
      userGroup: 'Gère les membres des groupes d’utilisateurs choisis ci-dessous.',
      deployment: 'Déploie et crée les packages des applications de bureau pour l’organisation.',
      support: 'Ouvre et suit les dossiers d’assistance auprès d’Adobe au nom de l’organisation.',
    },
    products: 'Produits',
    profiles: 'Profils de produit',
    groups: 'Groupes d’utilisateurs',
    instances: 'Instances Marketo Engage',
    instanceOption: 'Marketo Engage - {{name}}',
    supportOptions: 'Type d’assistance',
    basicHelp: 'Assistance pour tous les produits, sauf Marketo Engage.',
    productSupportHelp: 'Assistance pour Marketo Engage, pour les instances choisies ci-dessous.',
    noOptions: 'Aucun choix disponible.',
    unknownOption: 'N’est plus disponible',
    catalogFailed: 'les listes de produits, profils, groupes d’utilisateurs et instances',
    noneGrantable: 'Vous ne pouvez attribuer aucun rôle d’administrateur.',
    whySaveDisabled: 'Pour enregistrer : {{reason}}',
  },
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  invitationSent: 'Invitation envoyée à {{email}}',
  alreadyHeldNote: '{{name}} avait déjà : {{roles}}. Ces rôles n’ont pas été ajoutés une seconde fois.',
  errors: {
    alreadyHeld: '{{name}} a déjà le rôle choisi : {{roles}}. Choisissez un autre rôle ou annulez.',
    alreadyHeldGeneric: '{{name}} a déjà les rôles choisis. Choisissez un autre rôle ou annulez.',
    notSaved: 'L’administrateur n’a pas été ajouté.',
    fieldsInvalid: 'Le serveur a refusé une partie de votre saisie :',
    fieldsMarked: 'Corrigez ce qui est signalé, puis enregistrez à nouveau.',
    userGone: 'Cet utilisateur n’existe plus. Revenez en arrière et choisissez un autre utilisateur.',
  },
  /** Escape on a started wizard asks first. */
  discard: {
    title: 'Abandonner cet administrateur ?',
    message: 'L’utilisateur et les rôles choisis seront perdus.',
    confirm: 'Abandonner',
    keep: 'Continuer la saisie',
  },
  rightsPreview: {
    title: 'Ce que cette personne pourra faire',
    statements: {
      system: 'Tout dans l’Admin Console, y compris nommer des administrateurs système',
      product: 'Gérer les utilisateurs et les profils de produit {{product, de}}',
      productProfile: 'Gérer les utilisateurs du profil de produit {{profile}}',
      userGroup: 'Gérer les membres du groupe d’utilisateurs {{group}}',
      deployment: 'Déployer et créer des packages d’applications de bureau',
      basicSupport: 'Ouvrir des demandes d’assistance pour tous les produits sauf {{product}}',
      productSupport: 'Ouvrir des demandes d’assistance pour {{product}} - {{instance}}',
      nothing: 'Rien pour l’instant : choisissez au moins un rôle.',
    },
    systemNote:
      'Le rôle Administrateur système comprend déjà tout ce que vous avez choisi d’autre. Si cette personne n’a besoin que des rôles suivants : {{roles}}, laissez Administrateur système décoché.',
  },
  searchMore: {
    some: 'Affichage des {{shown, number}} premiers résultats sur {{total, number}}. Précisez le nom ou l’adresse e-mail pour affiner la recherche.',
    many: 'Affichage des {{shown, number}} premiers résultats sur un grand nombre. Précisez le nom ou l’adresse e-mail pour affiner la recherche.',
  },
  munchkin: {
    option: 'Marketo Engage - {{name}} · ID Munchkin {{munchkinId}}',
  },
};
