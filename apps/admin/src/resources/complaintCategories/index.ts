import CategoryIcon from '@mui/icons-material/Category';
import { createElement } from 'react';
import { CategoryName } from './CategoryName';
import { lazyPage } from '../../lazyPage';

const ComplaintCategoryCreate = lazyPage(() => import('./ComplaintCategoryForms'), 'ComplaintCategoryCreate');
const ComplaintCategoryEdit = lazyPage(() => import('./ComplaintCategoryForms'), 'ComplaintCategoryEdit');
const ComplaintCategoryList = lazyPage(() => import('./ComplaintCategoryList'), 'ComplaintCategoryList');

export default {
  list: ComplaintCategoryList,
  create: ComplaintCategoryCreate,
  edit: ComplaintCategoryEdit,
  icon: CategoryIcon,
  recordRepresentation: createElement(CategoryName),
};

export { categoryName } from './CategoryName';
