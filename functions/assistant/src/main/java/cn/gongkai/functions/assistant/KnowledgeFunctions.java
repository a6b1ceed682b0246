package cn.gongkai.functions.assistant;

import cn.gongkai.assistant.library.KnowledgeDesk;
import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.functions.common.security.Staff;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;

import java.util.List;

/**
 * The knowledge base for staff (the console's 知识库 tab): list, upload or replace, and remove documents; the
 * office's FAQ entries. Large files come in parts ({@code staff-kb-upload-part}, each under the request size limit)
 * and are then saved by their upload id. Only the staff of the assistant's agency may change its knowledge base.
 */
public class KnowledgeFunctions {
    @Inject
    KnowledgeDesk desk;
    @Inject
    Staff staff;

    /** The lists take no input; an empty object or an empty body are both fine. */
    public record NoInput() {
    }

    public record Part(String uploadId, Integer part, String data) {
    }

    public record PartReceived(String uploadId, int part) {
    }

    public record DocumentRef(String documentId) {
    }

    public record Removed(String id) {
    }

    public record FaqEdit(String id, String question, String answer, String revision) {
    }

    public record FaqRef(String id, String revision) {
    }

    private void guard() {
        desk.requireAgency(staff.requireAgency());
    }

    @Funq("staff-kb-documents")
    public List<KnowledgeDesk.DocumentView> documents(NoInput none) {
        guard();
        return desk.documents();
    }

    @Funq("staff-kb-upload-part")
    public PartReceived uploadPart(Part part) {
        guard();
        if (part == null) {
            throw new DomainException(ErrorCode.INVALID_JSON);
        }
        return new PartReceived(part.uploadId(), desk.stagePart(part.uploadId(), part.part(), part.data()));
    }

    @Funq("staff-kb-document-save")
    public KnowledgeDesk.Saved save(KnowledgeDesk.Upload upload) {
        guard();
        return desk.save(upload);
    }

    @Funq("staff-kb-document-remove")
    public Removed remove(DocumentRef ref) {
        guard();
        desk.remove(ref == null ? null : ref.documentId());
        return new Removed(ref.documentId());
    }

    @Funq("staff-kb-faq")
    public List<KnowledgeDesk.FaqEntry> faq(NoInput none) {
        guard();
        return desk.faq();
    }

    @Funq("staff-kb-faq-save")
    public KnowledgeDesk.FaqEntry saveFaq(FaqEdit edit) {
        guard();
        if (edit == null) {
            throw new DomainException(ErrorCode.INVALID_JSON);
        }
        return desk.saveFaq(edit.id(), edit.question(), edit.answer(), edit.revision());
    }

    @Funq("staff-kb-faq-remove")
    public Removed removeFaq(FaqRef ref) {
        guard();
        desk.removeFaq(ref == null ? null : ref.id(), ref == null ? null : ref.revision());
        return new Removed(ref.id());
    }
}
