// Chinese labels of edits for the undo and redo buttons' tooltips (撤销：移动版块).
import type { EditCommand } from './edit-commands';

const ADD_LABELS = { article: '排入稿件', photo: '添加图片', rule: '添加线条', masthead: '添加报头', pageHeader: '添加报眉' } as const;

export function describeEdit(command: EditCommand): string {
  switch (command.type) {
    case 'addBlock':
      return command.block.kind === 'article' && command.block.articleId === null ? '添加空版块' : ADD_LABELS[command.block.kind];
    case 'moveBlock':
      return '移动版块';
    case 'resizeBlock':
      return '调整版块大小';
    case 'removeBlock':
      return '移出版块';
    case 'setTextColumns':
      return '更改分栏';
    case 'setHeadline':
      return '更改标题字号和行数';
    case 'setHeadings':
      return '显示或隐藏引题、副题';
    case 'setArticle':
      return command.articleId === null ? '清空版块' : '排入稿件';
    case 'setPhoto':
      return command.assetId === null ? '取出图片' : command.crop === null ? '放入图片' : '裁切图片';
    case 'setWaiver':
      return command.waiver === null ? '取消豁免' : '豁免印前问题';
    case 'linkContinuation':
      return '续排到其他版';
    case 'unlinkContinuation':
      return '解除续排';
    case 'restorePages':
      return '恢复版面';
    case 'batch': {
      // A batch of one kind of edit (several blocks nudged at once) reads as that edit.
      const labels = [...new Set(command.commands.map(describeEdit))];
      if (labels.length === 1) return labels[0]!;
      return labels.length === 0 ? '无修改' : '多项版面修改';
    }
  }
}
