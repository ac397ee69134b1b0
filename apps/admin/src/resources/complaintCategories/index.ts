import CategoryIcon from '@mui/icons-material/Category';
import { createElement } from 'react';
import { CategoryName } from './CategoryName';
import { ComplaintCategoryCreate, ComplaintCategoryEdit } from './ComplaintCategoryForms';
import { ComplaintCategoryList } from './ComplaintCategoryList';

export default {
  list: ComplaintCategoryList,
  create: ComplaintCategoryCreate,
  edit: ComplaintCategoryEdit,
  icon: CategoryIcon,
  recordRepresentation: createElement(CategoryName),
};

export { categoryName } from './CategoryName';
