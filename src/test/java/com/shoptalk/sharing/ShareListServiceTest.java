package com.shoptalk.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.mail.MailException;
import com.shoptalk.mail.Mailer;
import com.shoptalk.mail.OutboxMailer;
import com.shoptalk.persistence.DynamoSharingRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sharing a list by voice delivers its link: a card always, an e-mail when allowed. */
class ShareListServiceTest {
  private static final String BASE = "https://lists.example";
  private static LocalDynamo dynamo;
  private static DynamoTable table;

  private final SharingService sharing = new SharingService(new DynamoSharingRepository(table), Clock.systemUTC());
  private final WishListOwner owner = WishListOwner.account("amzn1.ask.account." + UUID.randomUUID());
  private final ListName birthday = ListName.of("my birthday list", Locale.US);

  @TempDir
  Path outbox;

  @BeforeAll
  static void startDynamo() {
    dynamo = LocalDynamo.inMemory();
    table = dynamo.table("shoptalk");
  }

  @AfterAll
  static void stopDynamo() {
    dynamo.close();
  }

  @Test
  void without_the_e_mail_permission_the_link_goes_on_the_card_only() {
    var service = new ShareListService(sharing, Optional.of(new OutboxMailer(outbox, "ShopTalk <noreply@shoptalk.local>")), BASE);

    Shared shared = service.share(owner, birthday, Optional.of("Anna"), Locale.US, Optional.empty());

    assertEquals(Shared.Delivery.CARD, shared.delivery());
    assertEquals(BASE + "/l/" + shared.share().token(), shared.link());
    assertEquals("Birthday list", shared.listText());
    assertFalse(shared.again());
    assertEquals("Anna", sharing.open(shared.share().token()).share().ownerName());
  }

  @Test
  void with_the_permission_the_link_is_e_mailed_too() throws Exception {
    var service = new ShareListService(sharing, Optional.of(new OutboxMailer(outbox, "ShopTalk <noreply@shoptalk.local>")), BASE);

    Shared shared = service.share(owner, ListName.DEFAULT, Optional.empty(), Locale.GERMANY, Optional.of("anna@example.com"));

    assertEquals(Shared.Delivery.EMAILED, shared.delivery());
    assertEquals("Wunschliste", shared.listText());
    List<Path> mails;
    try (var files = Files.list(outbox)) {
      mails = files.toList();
    }
    assertEquals(1, mails.size());
    String mail = Files.readString(mails.get(0));
    assertTrue(mail.contains(shared.link()), mail);
  }

  @Test
  void a_failed_e_mail_is_owned_up_to_and_the_list_is_shared_anyway() {
    Mailer refusing = email -> {
      throw new MailException("SES refused the message", null);
    };
    var service = new ShareListService(sharing, Optional.of(refusing), BASE);

    Shared shared = service.share(owner, birthday, Optional.empty(), Locale.US, Optional.of("anna@example.com"));

    assertEquals(Shared.Delivery.EMAIL_FAILED, shared.delivery());
    assertTrue(service.isShared(owner, birthday));
  }

  @Test
  void lists_are_named_as_lists_in_both_languages() {
    assertEquals("Wish list", ShareListService.listText(ListName.DEFAULT, Locale.US));
    assertEquals("Birthday list", ShareListService.listText(ListName.of("my birthday list", Locale.US), Locale.US));
    assertEquals("Christmas list", ShareListService.listText(new ListName("christmas", "christmas"), Locale.US));
    assertEquals("Wunschliste", ShareListService.listText(ListName.DEFAULT, Locale.GERMANY));
    assertEquals("Geburtstagsliste", ShareListService.listText(new ListName("birthday", "geburtstags"), Locale.GERMANY));
    assertEquals("Geburtstagsliste", ShareListService.listText(new ListName("birthday", "geburtstagsliste"), Locale.GERMANY));
    assertEquals("Liste Weihnachten", ShareListService.listText(new ListName("christmas", "weihnachten"), Locale.GERMANY));
  }

  @Test
  void sharing_again_delivers_the_same_link_again() {
    var service = new ShareListService(sharing, Optional.empty(), BASE);
    Shared first = service.share(owner, birthday, Optional.empty(), Locale.US, Optional.of("anna@example.com"));

    Shared again = service.share(owner, birthday, Optional.empty(), Locale.US, Optional.empty());

    assertTrue(again.again());
    assertEquals(first.link(), again.link());
    assertEquals(Shared.Delivery.CARD, first.delivery(), "e-mail is off: the card only");
  }
}
